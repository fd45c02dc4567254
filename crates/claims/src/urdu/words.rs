//! The Urdu words the rewrite knows: number words, phrases, single words and the
//! particles it drops. Tables only; `super` reads them.

/// Urdu number words, one to ninety-nine, as the press spells them out
/// ("پچیس کروڑ ستر لاکھ ڈالر", "بتیس فیصد"). Eighty ("اسی") is left out: in
/// copy it is nearly always "that same" ("اسی مدت", the same period).
pub(super) const NUMBER_WORDS: &[(&str, f64)] = &[
    ("ایک", 1.0),
    // One and a half, two and a half ("ڈیڑھ ارب ڈالر": $1.5 billion).
    ("ڈیڑھ", 1.5),
    ("ڈھائی", 2.5),
    ("دو", 2.0),
    ("تین", 3.0),
    ("چار", 4.0),
    ("پانچ", 5.0),
    ("چھ", 6.0),
    ("سات", 7.0),
    ("آٹھ", 8.0),
    ("نو", 9.0),
    ("دس", 10.0),
    ("گیارہ", 11.0),
    ("بارہ", 12.0),
    ("تیرہ", 13.0),
    ("چودہ", 14.0),
    ("پندرہ", 15.0),
    ("سولہ", 16.0),
    ("سترہ", 17.0),
    ("اٹھارہ", 18.0),
    ("انیس", 19.0),
    ("بیس", 20.0),
    ("اکیس", 21.0),
    ("بائیس", 22.0),
    ("تیئس", 23.0),
    // "تئیس فیصد اضافہ" (Samaa, 2025-04-18): the same word, its hamza before the ی.
    ("تئیس", 23.0),
    ("چوبیس", 24.0),
    ("پچیس", 25.0),
    ("چھبیس", 26.0),
    ("ستائیس", 27.0),
    ("اٹھائیس", 28.0),
    ("انتیس", 29.0),
    ("تیس", 30.0),
    ("اکتیس", 31.0),
    ("بتیس", 32.0),
    ("تینتیس", 33.0),
    ("چونتیس", 34.0),
    ("پینتیس", 35.0),
    ("چھتیس", 36.0),
    ("سینتیس", 37.0),
    ("اڑتیس", 38.0),
    ("انتالیس", 39.0),
    ("چالیس", 40.0),
    ("اکتالیس", 41.0),
    ("بیالیس", 42.0),
    ("تینتالیس", 43.0),
    ("چوالیس", 44.0),
    ("پینتالیس", 45.0),
    ("چھیالیس", 46.0),
    ("سینتالیس", 47.0),
    ("اڑتالیس", 48.0),
    ("انچاس", 49.0),
    ("پچاس", 50.0),
    ("اکاون", 51.0),
    ("باون", 52.0),
    ("ترپن", 53.0),
    ("چون", 54.0),
    ("پچپن", 55.0),
    ("چھپن", 56.0),
    ("ستاون", 57.0),
    ("اٹھاون", 58.0),
    ("انسٹھ", 59.0),
    ("ساٹھ", 60.0),
    ("اکسٹھ", 61.0),
    ("باسٹھ", 62.0),
    ("تریسٹھ", 63.0),
    ("چونسٹھ", 64.0),
    ("پینسٹھ", 65.0),
    ("چھیاسٹھ", 66.0),
    ("سڑسٹھ", 67.0),
    ("اڑسٹھ", 68.0),
    ("انہتر", 69.0),
    ("ستر", 70.0),
    ("اکہتر", 71.0),
    ("بہتر", 72.0),
    ("تہتر", 73.0),
    ("چوہتر", 74.0),
    ("پچھتر", 75.0),
    ("چھہتر", 76.0),
    ("ستتر", 77.0),
    ("اٹھہتر", 78.0),
    ("اناسی", 79.0),
    ("اکیاسی", 81.0),
    ("بیاسی", 82.0),
    ("تراسی", 83.0),
    ("چوراسی", 84.0),
    // Spelt as said: "ایک ارب چراسی کروڑ اٹاسی لاکھ روپے" (Technology Times,
    // 2011-05-15).
    ("چراسی", 84.0),
    ("پچاسی", 85.0),
    ("چھیاسی", 86.0),
    ("ستاسی", 87.0),
    ("اٹھاسی", 88.0),
    ("اٹاسی", 88.0),
    ("نواسی", 89.0),
    ("نوے", 90.0),
    ("اکانوے", 91.0),
    ("بانوے", 92.0),
    ("ترانوے", 93.0),
    ("چورانوے", 94.0),
    ("پچانوے", 95.0),
    ("چھیانوے", 96.0),
    ("ستانوے", 97.0),
    ("اٹھانوے", 98.0),
    ("ننانوے", 99.0),
];

/// Two-word phrases first, then single words. Anything not listed and not a
/// particle is kept as it is (the English scanners pass over it).
pub(super) const PHRASES: &[(&str, &str)] = &[
    // Longer phrases before their own beginnings (the first alternative wins).
    (
        "ملکی تاریخ کی بلند ترین سطح",
        "highest level in the country's history",
    ),
    ("تاریخ کی بلند ترین سطح", "highest level in history"),
    ("تاریخ کی بلند ترین", "highest in history"),
    ("بلند ترین سطح", "record high"),
    ("تاریخی سطح", "historic level"),
    ("نئی تاریخ رقم", "made new history"),
    ("نیا ریکارڈ", "new record"),
    // "نمو دوہرے ہندسوں میں تھی" (growth was in double digits; Pakistan
    // Affairs, 2023-06-26).
    ("دوہرے ہندسوں", "double digits"),
    ("دوہرے ہندسے", "double digits"),
    // "ملکی تاریخ میں نیا سنگِ میل عبور کیا" (crossed a new milestone in the
    // country's history: News.com.pk, 2026-01-20), with and without the zer.
    ("نیا سنگِ میل", "new record"),
    ("نیا سنگ میل", "new record"),
    ("پہلی بار", "for the first time"),
    ("پہلی مرتبہ", "for the first time"),
    // "ماہانہ برآمدات" are monthly exports; "ماہانہ" alone, a basis.
    ("ماہانہ برآمدات", "monthly exports"),
    // "یہ برآمدات ہماری کل خدمات کی برآمد کا ایک تہائی ہے" (24 News, 2021-02-25):
    // these exports, the ones the story is about.
    ("یہ برآمدات", "these exports"),
    ("ان برآمدات", "these exports"),
    ("زیرتبصرہ مہینے", "the month under review"),
    ("زیر تبصرہ مہینے", "the month under review"),
    ("تک پہنچ", "reached"),
    // "ریکارڈ کی گئی" is "was recorded", not a record.
    ("ریکارڈ کی گئی", "was registered"),
    ("ریکارڈ کیا گیا", "was registered"),
    ("ریکارڈ کی", "registered"),
    // After the change it is "recorded" (24 News, 2021-02-25: "38 فیصد اضافہ
    // ریکارڈ"); before it, a record ("ریکارڈ اضافہ").
    ("اضافہ ریکارڈ", "increase registered"),
    ("کمی ریکارڈ", "decrease registered"),
    (
        "ملکی تاریخ میں پہلا موقع",
        "first time in the country's history",
    ),
    (
        "ملکی تاریخ میں پہلی بار",
        "first time in the country's history",
    ),
    ("تاریخ میں پہلی بار", "first time in history"),
    ("اندازے کے مطابق", "estimated"),
    ("سکتی ہیں", "could"),
    ("سکتی ہے", "could"),
    ("سکتا ہے", "could"),
    // The future: "… دو ارب ڈالر کے قریب ہوں گی" (will be close to $2 billion,
    // Munafah, 2021-05-26), "… 2 ارب ڈالر برآمد عبور کریں گے" (we will cross $2
    // billion of exports, 24 News, 2021-02-25), "انشا اللہ" (God willing).
    // Before "ہو گی": "ہو گیا" (became) is the past, not "will be" and a letter.
    ("ہو گیا", "became"),
    ("ہوگیا", "became"),
    ("ہوں گی", "will be"),
    ("ہوں گے", "will be"),
    ("ہو گی", "will be"),
    ("ہوگی", "will be"),
    ("ہو گا", "will be"),
    ("ہوگا", "will be"),
    ("کریں گے", "will"),
    ("کریں گی", "will"),
    ("کرے گی", "will"),
    ("کرے گا", "will"),
    ("جائیں گی", "will"),
    ("جائیں گے", "will"),
    ("جائے گی", "will"),
    ("جائے گا", "will"),
    ("انشا اللہ", "hopefully"),
    ("ان شاء اللہ", "hopefully"),
    ("انشاءاللہ", "hopefully"),
    ("سکتے ہیں", "could"),
    ("پیشن گوئی", "forecast"),
    ("پیش گوئی", "forecast"),
    ("ٹیلی مواصلات", "telecommunications"),
    (
        "کمپیوٹر اور انفارمیشن ٹیکنالوجی",
        "computer and information",
    ),
    ("کمپوٹر اور انفارمیشن ٹیکنالوجی", "computer and information"),
    ("ایک سال میں", "year-on-year"),
    ("ایک مہینے میں", "month-on-month"),
    // "گزشتہ ماہ کے مقابلے میں" (Naya Mahaz, 2025-04-18): month on month.
    (
        "گزشتہ ماہ کے مقابلے میں",
        "compared with the previous month",
    ),
    (
        "گذشتہ ماہ کے مقابلے میں",
        "compared with the previous month",
    ),
    (
        "پچھلے ماہ کے مقابلے میں",
        "compared with the previous month",
    ),
    ("گزشتہ ماہ کی نسبت", "compared with the previous month"),
    ("گزشتہ سال کی نسبت", "compared with last year"),
    ("گذشتہ سال کی نسبت", "compared with last year"),
    ("گزشتہ سال", "last year"),
    ("گذشتہ سال", "last year"),
    ("برآمدی نمو", "export growth"),
    // "آئی ٹی مصنوعات اور خدمات کا برآمدی حجم" (the export volume of IT products
    // and services, The Biz Update, 2024-01-18).
    ("برآمدی حجم", "exports"),
    ("شرح نمو", "growth rate"),
    // "IT and telecom services" (24 News, 2021-02-25: "انفارمیشن اینڈ ٹیکنالوجی
    // اینڈ ٹیلی کام سروسز", "آئی ٹی اینڈ ٹیلی کام سروس"): the whole of EBOPS item 9.
    ("انفارمیشن اینڈ ٹیکنالوجی اینڈ ٹیلی کام", "IT and telecom"),
    ("انفارمیشن اینڈ ٹیکنالوجی اور ٹیلی کام", "IT and telecom"),
    ("انفارمیشن ٹیکنالوجی اور ٹیلی کام", "IT and telecom"),
    // Radio Pakistan, 2025-04-07: "آئی ٹی، کمپیوٹر اور ٹیلی کام سروسز".
    // "آئی ٹی اور آئی ٹی سے چلنے والی خدمات کی برآمدات" (IT and IT-enabled
    // services exports, Daily Qudrat, 2021-10-27): the headline, not all services.
    ("آئی ٹی سے چلنے والی خدمات", "IT-enabled services"),
    ("آئی ٹی، کمپیوٹر اور ٹیلی کام", "IT, computer and telecom"),
    // "آئی ٹی، آئی ٹی ای ایس اور فری لانسرز کی خدمات" (IT, ITeS and freelancers'
    // services, Raees-ul-Akhbar, 2025-07-18): the headline, of which freelancers
    // are a part, as in English.
    (
        "آئی ٹی، آئی ٹی ای ایس اور فری لانسرز",
        "IT, ITeS and freelancers'",
    ),
    ("آئی ٹی ای ایس", "ITeS"),
    ("آئی ٹی مصنوعات اور خدمات", "IT products and services"),
    ("آئی ٹی اینڈ ٹیلی کام", "IT and telecom"),
    ("آئی ٹی اینڈٹیلی کام", "IT and telecom"),
    ("آئی ٹی اور ٹیلی کام", "IT and telecom"),
    // Munafa, 2021-05-26: "آئی سی ٹی اور ٹیلی کام برآمدات".
    ("آئی سی ٹی اور ٹیلی کام", "ICT and telecom"),
    ("ٹیلی کام", "telecom"),
    ("آئی ٹی", "IT"),
    ("آئی سی ٹی", "ICT"),
    // APP's Urdu copy spells "communication" both ways (کمیونیکیشن, کیمونیکیشن),
    // and "and" three (اینڈ، اور، و).
    (
        "انفارمیشن اینڈ کمیونیکیشن ٹیکنالوجی",
        "information and communication technology",
    ),
    (
        "انفارمیشن اور کمیونیکیشن ٹیکنالوجی",
        "information and communication technology",
    ),
    (
        "انفارمیشن و کمیونیکیشن ٹیکنالوجی",
        "information and communication technology",
    ),
    (
        "انفارمیشن اینڈ کیمونیکیشن ٹیکنالوجی",
        "information and communication technology",
    ),
    ("انفارمیشن ٹیکنالوجی", "information technology"),
    ("کمپیوٹر سروسز", "computer services"),
    ("کمپیوٹر خدمات", "computer services"),
    ("سافٹ ویئر", "software"),
    ("برآمدی ترسیلات", "export remittances"),
    ("سالانہ بنیادوں", "year-on-year"),
    ("ماہانہ بنیادوں", "month-on-month"),
    ("سالانہ بنیاد", "year-on-year"),
    ("ماہانہ بنیاد", "month-on-month"),
    // "سال بہ سال بنیاد پر": the basis, not a base ("بنیاد" left alone after a
    // period marks the period as the base: "دسمبر (2024) کی بنیاد پر").
    ("ماہ بہ ماہ بنیادوں", "month-on-month"),
    ("ماہ بہ ماہ بنیاد", "month-on-month"),
    ("سال بہ سال بنیادوں", "year-on-year"),
    ("سال بہ سال بنیاد", "year-on-year"),
    ("ماہ بہ ماہ", "month-on-month"),
    ("سال بہ سال", "year-on-year"),
    ("ماہ بہ", "month-on-month"),
    ("بلند ترین", "highest"),
    ("سب سے", "most"),
    ("اضافہ ہوا", "increased"),
    ("کمی ہوئی", "decreased"),
    ("بڑھ کر", "rising to"),
    // A common slip of the press (mmnews.tv, 2023-02-22): ھ for ڑھ.
    ("برھ کر", "rising to"),
    ("فری لانسرز", "freelancers"),
    // "2 ارب ڈالرز کاہدف عبور کرلیا" (crossed the $2 billion target, UrduPoint,
    // 2021-07-23).
    ("عبور کر", "crossed"),
    // "… 29 کروڑ ڈالر کی خدمات برآمد کررہا ہے" (is exporting services worth
    // $290 million: the sector's exports, not all services'; Radio Pakistan,
    // 2024-11-20). The verb only: "خدمات کی برآمدات" stays services exports.
    ("خدمات برآمد کر", "exports"),
    // "70.97 فیصد کے ساتھ … 423 ملین ڈالرز" (with 70.97 percent, $423 million).
    ("کے ساتھ", "with"),
];

pub(super) const WORDS: &[(&str, &str)] = &[
    ("برآمدات", "exports"),
    // Misspellings the press prints: "خدمات کے شعبے کی برآمدت" and "برآدات"
    // (Asal Media, 2013-07-20), and the word without its madda.
    ("برآمدت", "exports"),
    ("برآدات", "exports"),
    ("برامدات", "exports"),
    // "یومیہ اوسط 1 کروڑ ڈالر": a daily average, a figure per day.
    ("یومیہ", "daily"),
    ("روزانہ", "daily"),
    ("اوسط", "average"),
    ("تقریباً", "about"),
    // "while", "however": where one clause's figures end and another's begin.
    ("جبکہ", "while"),
    ("تاہم", "; however"),
    ("تقریبا", "about"),
    ("درآمدات", "imports"),
    ("نیٹ", "net"),
    ("شعبے", "sector"),
    ("شعبہ", "sector"),
    ("سیکٹر", "sector"),
    ("زیادہ", "higher"),
    ("زائد", "higher"),
    ("نمو", "growth"),
    ("شرح", "rate"),
    ("برآمد", "exports"),
    ("ایکسپورٹس", "exports"),
    ("ایکسپورٹ", "exports"),
    ("ترسیلات", "remittances"),
    ("خدمات", "services"),
    ("سروسز", "services"),
    // "آئی ٹی اینڈ ٹیلی کام سروس کی برآمدات" (24 News, 2021-02-25): the singular.
    ("سروس", "services"),
    ("سالانہ", "year-on-year"),
    ("ماہانہ", "month-on-month"),
    ("اضافہ", "increase"),
    ("اضافے", "increase"),
    // The verb "to rise" in its forms ("20 فیصد بڑھی ہیں", "12 فیصد بڑھیں").
    ("بڑھی", "rose"),
    ("بڑھیں", "rose"),
    ("بڑھا", "rose"),
    ("بڑھے", "rose"),
    // The stem before "گئی", "گئیں", "گیا" ("32 فیصد بڑھ گئی ہیں": has risen 32%;
    // Lahore News, 2024-02-13).
    ("بڑھ", "rose"),
    ("گھٹی", "fell"),
    ("گھٹیں", "fell"),
    ("گھٹا", "fell"),
    ("گھٹ", "fell"),
    ("اضافی", "increase"),
    ("کمی", "decrease"),
    ("ریکارڈ", "record"),
    ("ہدف", "target"),
    ("توقع", "expected"),
    ("متوقع", "expected"),
    ("تخمینہ", "estimate"),
    ("حصہ", "share"),
    // "شعبہ خدمات کی برآمدات میں … جس کی شراکت داری 44.4 فیصد تک پہنچ گئی"
    // (Rehnuma News, 2024-10-18): a partnership, i.e. a contribution, to a total.
    ("شراکت", "contribution"),
    ("ٹیلی", "telecom"),
    // "تجارتی سرپلس", "972 ملین ڈالر فاضل": a trade surplus, exports less imports.
    ("تجارتی", "trade"),
    ("سرپلس", "surplus"),
    ("فاضل", "trade surplus"),
    ("خسارہ", "deficit"),
    // Its oblique form ("خسارے میں کمی") and trade as a noun ("خدمات کی تجارت
    // کا خسارہ": the deficit of services trade).
    ("خسارے", "deficit"),
    ("تجارت", "trade"),
    ("تجاوز", "exceeded"),
];

/// Particles and verbs that carry nothing the scanners read; dropped so that a
/// number stays next to its period and series.
pub(super) const PARTICLES: &[&str] = &[
    // The year's mark ("اپریل 2022ء"), glued to the year it follows, and a
    // tanween the copy set apart from its word ("تقریبا ً").
    "ء",
    "ً",
    "کی",
    "کے",
    "کا",
    "میں",
    "نے",
    "کو",
    "سے",
    "ہے",
    "ہیں",
    "ہوا",
    "ہوئی",
    "ہوئیں",
    "رہیں",
    "رہا",
    "رہی",
    "رہے",
    "تک",
    "پر",
    "اور",
    "تھا",
    "تھیں",
    "تھی",
    "تھے",
    "گئیں",
    "گئی",
    "گیا",
    "کر",
    "جو",
    "کہ",
    "یہ",
    "وہ",
    "دوران",
    "مطابق",
    "ملک",
    "پاکستان",
    "کل",
    "مجموعی",
    "حجم",
];
