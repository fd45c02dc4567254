# itx کے اردو الفاظ: ڈیش بورڈ اور اردو بریف۔ اقدار پہلے سے لکھی ہوئی آتی ہیں؛
# ہر { $name } ترجمے میں برقرار رکھیں۔
# Checked against Urdu coverage of SBP's IT export figures in the claim
# checker's corpus (crates/claims/eval/articles): Dunya, Express, Geo, Samaa,
# Radio Pakistan, APP Urdu: "برآمدات ... رہیں", "سالانہ بنیاد پر ... اضافہ",
# "رواں مالی سال کے پہلے ... ماہ", "گزشتہ مالی سال کی اسی مدت".

## Months
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Counts of months, in words (a count is not a figure)
count-1 = ایک
count-2 = دو
count-3 = تین
count-4 = چار
count-5 = پانچ
count-6 = چھ
count-7 = سات
count-8 = آٹھ
count-9 = نو
count-10 = دس
count-11 = گیارہ
count-12 = بارہ

## Navigation
nav-latest = تازہ ترین
nav-explorer = اعداد و شمار
nav-revisions = نظرِ ثانی
nav-check = خبر کی جانچ
nav-api = API
nav-peers = بھارت کے مقابلے میں
lang-switch = English
lang-switch-title = یہ صفحہ انگریزی میں پڑھیں

## Explorer, revisions and the claim check
explore-title = اعداد و شمار
form-series = سلسلہ
form-transform = پیمانہ
form-from = از
form-to = تا
form-as-of = بمطابق تاریخ
form-show = دکھائیں
transform-level = ماہانہ حجم
transform-mom = ماہانہ تبدیلی
transform-yoy = سالانہ تبدیلی
transform-fytd = مالی سال اب تک
transform-ttm = گزشتہ بارہ ماہ
col-month = مہینہ
col-value = { $transform } ({ $unit })
col-source = ماخذ
download-table = یہ جدول ڈاؤن لوڈ کریں:
download-table-note = (ہر قطار اپنے اجرا، ماخذ کے درجے اور تاریخِ اجرا کے ساتھ)
data = ڈیٹا
revisions-title = نظرِ ثانی
revisions-intro = ہر قطار ایک سرکاری اجرا ہے جس نے اپنے سے پہلے کے اجرا سے مختلف عدد بتایا (گول کر کے دوبارہ چھاپا گیا عدد نظرِ ثانی نہیں)۔
form-filter = چھانٹیں
download-revisions = یہ نظرِ ثانیاں ڈاؤن لوڈ کریں:
col-series = سلسلہ
col-old = پرانا
col-new = نیا
col-unit = اکائی
col-change = تبدیلی
col-releases = اجرا
unit-usd-million = ملین امریکی ڈالر
unit-pct = فیصد
check-title = خبر کی جانچ
check-intro = ٹریک کیے گئے سلسلوں کے بارے میں ہر عدد تلاش کر کے اجرا کے مطابق پرکھا جاتا ہے: درست، پرانا (پہلی اشاعت کے وقت درست، بعد میں نظرِ ثانی شدہ)، غلط (درست عدد اور غلطی کی ممکنہ وجہ کے ساتھ) یا ناقابلِ تصدیق۔
check-paste = خبر یہاں چسپاں کریں (انگریزی یا اردو)
check-published = تاریخِ اشاعت
check-submit = جانچیں
check-more-figures = مزید { $n } اعداد
check-count = { $n ->
    [one] { $n } دعویٰ
   *[other] { $n } دعوے
}
check-reasons-note = ہر فیصلے کی تفصیل فی الحال انگریزی میں ہے۔
verdict-supported = درست
verdict-outdated = پرانا
verdict-contradicted = غلط
verdict-unverifiable = ناقابلِ تصدیق

## Cards on the home page
card-record = ریکارڈ
card-yoy = گزشتہ سال کے مقابلے میں ({ $base })
card-mom = گزشتہ ماہ کے مقابلے میں
card-fytd = { $label } اب تک
card-fytd-change = گزشتہ سال کی اسی مدت کے مقابلے میں { $pct }
card-target = ہدف
card-target-needs = ماہانہ { $value } درکار
card-target-beaten = ہدف سے { $value } زیادہ
card-target-missed = ہدف سے { $value } کم
card-forecast = سال کے اختتام کی پیش گوئی
card-forecast-range = 80 فیصد امکان: { $lo } سے { $hi }
card-forecast-p = ؛ ہدف پورا ہونے کا امکان { $p }
share-embed-cite = ایمبیڈ · حوالہ

## Card and chart pages
card-title-latest = ماہ کا عدد
card-title-yoy = گزشتہ سال کے مقابلے میں تبدیلی
card-title-mom = گزشتہ ماہ کے مقابلے میں تبدیلی
card-title-fytd = مالی سال اب تک
card-title-target = سال کا ہدف
card-title-forecast = سال کے اختتام کی پیش گوئی
card-page-title = { $series }، { $month }: { $what }
share-embed-title = ایمبیڈ
share-embed-help-card = یہ کوڈ وہاں چسپاں کریں جہاں کارڈ دکھانا ہو؛ یہ آج کے معلوم اعداد دکھاتا ہے اور یہاں واپس لنک کرتا ہے۔
share-embed-help-chart = یہ کوڈ وہاں چسپاں کریں جہاں چارٹ دکھانا ہو؛ یہ آج کے معلوم اعداد کا چارٹ دکھاتا ہے اور یہاں واپس لنک کرتا ہے۔
share-cite-title = حوالہ دیں
share-files = فائل کے طور پر:
share-text = متن
share-data-title = ڈیٹا
share-monthly-to = { $series }، { $month } تک ماہانہ:

## Sources table
sources = ماخذ
col-figure = عدد
col-period = مدت
col-release = اجرا
col-tier = درجہ
col-status = حیثیت
col-published = تاریخِ اجرا
col-where = مقام
undated = تاریخ درج نہیں

## Source tiers
tier-official-file = سرکاری فائل
tier-official-captured = سرکاری عدد، کسی تیسرے فریق کی محفوظ کردہ نقل سے
tier-press = اخباری رپورٹ
tier-target = حکومتی ہدف

## The Urdu fiscal-year review
brief-review-title = { $series }: مالی سال { $fy } کا جائزہ
brief-review-total = مالی سال { $fy } میں { $series } { $value } رہیں۔
brief-review-total-partial = مالی سال { $fy } میں { $month } تک { $series } { $value } رہیں ({ $n } میں سے { $published } ماہ کے اعداد و شمار جاری ہو چکے ہیں)۔
brief-review-growth = یہ مالی سال { $base } کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں۔
brief-review-growth-partial = یہ مالی سال { $base } کی اسی مدت کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں۔
brief-review-headline = (یہ اسٹیٹ بینک کا اعلان کردہ سالانہ عدد ہے؛ بارہ ماہانہ اعداد کا مجموعہ { $sum } بنتا ہے۔)
brief-review-target-met = ہدف { $target } تھا، جو عبور ہو گیا: برآمدات ہدف سے { $gap } زیادہ رہیں۔
brief-review-target-missed = ہدف { $target } تھا، جو پورا نہ ہو سکا: برآمدات ہدف سے { $gap } کم رہیں۔
brief-review-target-reached = ہدف { $target } ہے، جو حاصل ہو چکا ہے۔
brief-review-target-to-go = ہدف { $target } ہے؛ اس تک پہنچنے کے لیے { $gap } مزید درکار ہیں۔
brief-review-best = سال میں سب سے زیادہ ماہانہ برآمدات { $month } میں { $value } رہیں۔
brief-review-best-record = سال میں سب سے زیادہ ماہانہ برآمدات { $month } میں { $value } رہیں، جو اس وقت تک کی بلند ترین ماہانہ سطح تھی۔
brief-review-months-up = { $n } میں سے { $k } مہینوں میں برآمدات گزشتہ سال کے اسی مہینے سے زیادہ رہیں۔
brief-review-cagr = مالی سال { $since } کے بعد کے پانچ برسوں میں { $series } کی مرکب سالانہ شرح نمو { $pct } رہی۔

## The Urdu series profile
brief-profile-title = { $series }: خاکہ
brief-profile-span = { $series } ({ $key }) کے اعداد و شمار { $from } سے { $to } تک ہیں: { $n } ماہ۔
brief-profile-gaps = ان میں { $n } ماہ کے اعداد و شمار موجود نہیں۔
brief-profile-press = ان میں سے { $n } ماہ کے اعداد و شمار اسٹیٹ بینک کی اپنی اشاعت کے بجائے اسٹیٹ بینک کے اعداد و شمار پر مبنی اخباری رپورٹس سے لیے گئے ہیں۔
brief-profile-latest = تازہ ترین اعداد و شمار { $month } کے ہیں، جب برآمدات { $value } رہیں۔
brief-profile-latest-record = تازہ ترین اعداد و شمار { $month } کے ہیں، جب برآمدات { $value } رہیں، جو اب تک کی بلند ترین ماہانہ سطح ہے۔
brief-profile-high = اب تک کی بلند ترین ماہانہ سطح { $value } ہے، جو { $month } میں ریکارڈ کی گئی۔
brief-profile-fy = ماہانہ اعداد سے مالی سال کے مجموعے: { $list }۔
brief-profile-fy-item = مالی سال { $fy }: { $value }

## Statuses (SBP's P/R markers)
status-provisional = عبوری
status-revised = نظرثانی شدہ
status-final = حتمی
status-unmarked = بلا نشان
status-press-reported = اخباری
status-target = ہدف

## Series
series-pk-ebops-9-credit = آئی ٹی برآمدات
series-pk-ebops-services-credit = خدمات کی برآمدات
series-pk-ebops-9-2-credit = کمپیوٹر سروسز کی برآمدات
series-pk-ebops-9-1-credit = ٹیلی کمیونیکیشن سروسز کی برآمدات
series-pk-ebops-9-3-credit = انفارمیشن سروسز کی برآمدات

## Freshness
stale = اعداد و شمار پرانے ہو سکتے ہیں: اسٹیٹ بینک کے { $what } کے اعداد و شمار کی متوقع تاریخِ اجرا گزر چکی ہے مگر یہ ابھی itx کے ڈیٹا میں شامل نہیں؛ تازہ ترین عدد { $month } کا ہے، جو { $when } کو جاری ہوا۔ نئے اعداد و شمار { $cmd } سے حاصل کریں۔

## Charts
chart-caption-monthly = { $month } تک ماہانہ برآمدات، اور گزشتہ سال کے مقابلے میں تبدیلی۔
chart-caption-cumulative = رواں مالی سال اب تک، گزشتہ سال کے مقابلے میں (اور ہدف کا راستہ، جہاں ہدف مقرر ہے)۔
chart-caption-fan = اگلے بارہ ماہ: itx کی پیش گوئی، 80 اور 95 فیصد امکانی حدود کے ساتھ۔
chart-caption-components = اجزا، ان مہینوں کے لیے جن کے اعداد و شمار اسٹیٹ بینک کی dt.xls میں شائع ہوئے۔

## The Urdu brief (the English brief's sentences are in crates/narrate)
brief-title = { $series }، { $month }
brief-value = اسٹیٹ بینک آف پاکستان کے اعداد و شمار کے مطابق { $month } میں { $series } { $value } رہیں۔
brief-value-press = اسٹیٹ بینک کے اعداد و شمار پر مبنی اخباری رپورٹس کے مطابق { $month } میں { $series } { $value } رہیں (اس ماہ کے سرکاری اعداد و شمار ابھی itx کے ڈیٹا میں شامل نہیں)۔
brief-record = یہ اب تک کی بلند ترین ماہانہ سطح ہے؛ اس سے قبل ریکارڈ { $prior } کا تھا جو { $when } میں قائم ہوا اور { $n } ماہ تک برقرار رہا۔
brief-record-short = یہ اب تک کی بلند ترین ماہانہ سطح ہے؛ اس سے قبل ریکارڈ { $prior } کا تھا جو { $when } میں قائم ہوا۔
brief-highest-since = یہ { $when } ({ $prior }) کے بعد بلند ترین ماہانہ سطح ہے۔
brief-best-same-month = یہ { $month } کے مہینے میں اب تک کی بلند ترین سطح ہے؛ اس سے قبل یہ ریکارڈ { $when } میں { $prior } کا تھا۔
brief-yoy = سالانہ بنیاد پر برآمدات میں { $when } کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] اضافہ ہوا
   *[down] کمی ہوئی
}۔
brief-mom = ماہانہ بنیاد پر { $when } کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] اضافہ ہوا
   *[down] کمی ہوئی
}۔
brief-fytd = مالی سال { $fy } کے پہلے { $n } ماہ ({ $label }) میں برآمدات { $value } رہیں، جو گزشتہ مالی سال کی اسی مدت کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں۔
brief-fy-whole = پورے مالی سال { $fy } میں برآمدات { $value } رہیں، جو گزشتہ مالی سال کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں۔
brief-fy-opens = جولائی سے مالی سال { $fy } کا آغاز ہوتا ہے۔
brief-target-needs = مالی سال { $fy } کا { $target } کا ہدف حاصل کرنے کے لیے باقی { $left } ماہ میں اوسطاً { $needed } ماہانہ برآمدات درکار ہیں، جبکہ اب تک ماہانہ اوسط { $so_far } رہی ہے۔
brief-target-met = مالی سال { $fy } کا { $target } کا ہدف عبور ہو گیا؛ برآمدات ہدف سے { $value } زیادہ رہیں۔
brief-target-missed = مالی سال { $fy } کا { $target } کا ہدف پورا نہ ہو سکا؛ برآمدات ہدف سے { $value } کم رہیں۔
brief-outlook = itx کی پیش گوئی کے مطابق پورے مالی سال کی برآمدات تقریباً { $value } رہنے کی توقع ہے، اور اس کا قوی امکان (ہر پانچ میں سے چار) ہے کہ یہ { $lo } سے { $hi } کے درمیان رہیں گی۔
brief-outlook-p = ہدف تک پہنچنے کا امکان { $p } ہے۔
brief-avg12 = گزشتہ بارہ ماہ کی ماہانہ اوسط { $value } ہے۔
brief-streak = سالانہ بنیاد پر برآمدات مسلسل { $n } ماہ سے بڑھ رہی ہیں۔
brief-share = خدمات کی مجموعی برآمدات ({ $services }) میں { $series } کا حصہ { $pct } رہا۔
brief-peers = { $quarter } میں { $series } { $value } رہیں، جو گزشتہ سال کی اسی مدت کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں؛ ریزرو بینک آف انڈیا کے مطابق اسی مدت میں بھارت کی یہ برآمدات { $india } رہیں، جن میں { $ipct } { $idir ->
    [up] اضافہ ہوا
   *[down] کمی ہوئی
}۔
brief-value-provisional = اسٹیٹ بینک آف پاکستان کے عبوری اعداد و شمار کے مطابق { $month } میں { $series } { $value } رہیں۔
brief-prev-fy-headline = (یہ اسٹیٹ بینک کا اعلان کردہ سالانہ عدد ہے؛ ماہانہ اعداد کا مجموعہ { $sum } بنتا ہے۔)
brief-prev-fy = مالی سال { $fy } میں { $series } { $value } رہیں، جو مالی سال { $base } کے { $prior } کے مقابلے میں { $pct } { $dir ->
    [up] زیادہ
   *[down] کم
} ہیں۔

## Chart words (titles, legends, badges)
chart-title-record = { $series }: { $month } میں ریکارڈ
chart-title-monthly = { $series }، ماہانہ
chart-subtitle-monthly = { $name }، { $from } تا { $to }؛ لکیر: گزشتہ سال کے مقابلے میں تبدیلی{ $gaps }
chart-gaps = ؛ { $runs } کا کوئی عدد itx کے ڈیٹا میں نہیں (سایہ دار)
chart-run = { $from } تا { $to }
chart-unit = ملین امریکی ڈالر
chart-title-cumulative = { $series }: مالی سال { $fy } اب تک، مالی سال { $prior } کے مقابلے میں
chart-subtitle-cumulative = جولائی سے مجموعی
chart-subtitle-cumulative-target = جولائی سے مجموعی؛ نقطہ دار لکیر: { $target } ملین ڈالر کے ہدف کا سیدھا راستہ
chart-title-components = { $series } کے اجزا
chart-subtitle-components = { $name }، اجزا کے لحاظ سے{ $note }
chart-components-stop = ؛ اجزا صرف اسٹیٹ بینک کی dt.xls میں شائع ہوتے ہیں، جو itx کے ڈیٹا میں { $month } تک ہے (اس کے بعد صرف مجموعی عدد)
chart-components-missing = ؛ { $runs } کے اجزا دستیاب نہیں
chart-source = ماخذ: اسٹیٹ بینک آف پاکستان، { $date } کو جاری کردہ اعداد و شمار
chart-source-press = ماخذ: اسٹیٹ بینک کے اعداد و شمار کی اخباری رپورٹس
chart-source-press-months = ؛ { $months } اخباری رپورٹس کے مطابق
chart-title-fan = { $series }: { $month } تک کی پیش گوئی
chart-subtitle-fan = ماڈل: { $model }؛ سایہ دار: 80 اور 95 فیصد امکانی حدود
chart-bars = ماہانہ، { $unit }
chart-left-axis = { " " }(بائیں محور)
chart-record-high = اب تک کی بلند ترین سطح
chart-yoy-line = گزشتہ سال کے مقابلے میں تبدیلی، فیصد (دائیں محور)
chart-yoy-axis = سالانہ تبدیلی، فیصد
chart-record-badge = ریکارڈ: { $value }
chart-no-figure = کوئی عدد نہیں
chart-path-to-target = { $value } کے ہدف کا راستہ
chart-total = مجموعی
chart-actual = اصل
chart-forecast = پیش گوئی
chart-interval80 = 80 فیصد حد
chart-interval95 = 95 فیصد حد

## itx status and itx check (CLI)
status-series = سلسلہ
status-latest = تازہ ترین
status-published = تاریخِ اجرا
status-next = اگلا متوقع
status-overdue = تاخیر کا شکار
status-source = ماخذ
status-by = { $month } بتاریخ { $date }
status-overdue-list = تاخیر کا شکار: { $months }
status-no = نہیں
check-summary = { $n ->
    [one] { $n } دعویٰ
   *[other] { $n } دعوے
}: { $supported } ✓ درست، { $outdated } ~ پرانے، { $contradicted } ✗ غلط، { $unverifiable } ? ناقابلِ تصدیق

## The peers page
peers-title = پاکستان اور بھارت
peers-intro = کیلنڈر سہ ماہیاں؛ ساتھ ہر ملک کی اپنی مالی سہ ماہی (بھارت کا مالی سال اپریل تا مارچ، پاکستان کا جولائی تا جون)۔ پاکستان کی سہ ماہی اس کے تین مہینوں کا مجموعہ ہے۔
peers-line = شعبہ
peers-not-compared = جن کا موازنہ نہیں کیا گیا
peers-sources = ماخذ: اسٹیٹ بینک آف پاکستان؛ ریزرو بینک آف انڈیا (DBIE)۔
country-india = بھارت
country-pakistan = پاکستان
col-quarter = سہ ماہی
col-country = ملک
col-own-fq = اپنی مالی سہ ماہی
col-usd = ملین امریکی ڈالر
col-yoy = گزشتہ سال کے مقابلے میں
col-share = خدمات میں حصہ
col-4q = آخری چار سہ ماہیاں، پچھلی چار کے مقابلے میں
col-pct-india = بھارت کا فیصد
col-source = ماخذ
