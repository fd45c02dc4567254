# itx's English words for the dashboard (the English brief is written in
# crates/narrate). Values arrive formatted; keep every { $name } in a translation.

## Months
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Counts of months, in words (a count is not a figure)
count-1 = one
count-2 = two
count-3 = three
count-4 = four
count-5 = five
count-6 = six
count-7 = seven
count-8 = eight
count-9 = nine
count-10 = ten
count-11 = eleven
count-12 = twelve

## Navigation
nav-latest = Latest
nav-explorer = Explorer
nav-revisions = Revisions
nav-check = Check an article
nav-api = API
nav-peers = Beside India
lang-switch = اردو
lang-switch-title = Read this page in Urdu

## Explorer, revisions and the claim check
explore-title = Explorer
form-series = Series
form-transform = Transform
form-from = From
form-to = To
form-as-of = As known on
form-show = Show
transform-level = level
transform-mom = mom
transform-yoy = yoy
transform-fytd = fytd
transform-ttm = ttm
col-month = month
col-value = { $transform } ({ $unit })
col-source = source
download-table = Download this table:
download-table-note = (each row with its release, source tier and publication date)
data = data
revisions-title = Revisions
revisions-intro = Each row is an official release stating a different value than the release before it (rounded reprints are not revisions).
form-filter = Filter
download-revisions = Download these revisions:
col-series = series
col-old = old
col-new = new
col-unit = unit
col-change = change
col-releases = releases
unit-usd-million = US$ million
unit-pct = %
check-title = Check an article
check-intro = Every number about the tracked series is found and judged against the releases: supported, outdated (right as first published, since revised), contradicted (with the right figure and the likely cause) or unverifiable.
check-paste = Paste an article (English or Urdu)
check-published = Published on
check-submit = Check
check-more-figures = { $n } more figures
check-count = { $n ->
    [one] { $n } claim
   *[other] { $n } claims
}
check-reasons-note = { "" }
verdict-supported = supported
verdict-outdated = outdated
verdict-contradicted = contradicted
verdict-unverifiable = unverifiable

## Cards on the home page
card-record = record
card-yoy = on a year earlier ({ $base })
card-mom = on the month before
card-fytd = { $label } so far
card-fytd-change = { $pct } on last year
card-target = target
card-target-needs = needs { $value } a month
card-target-beaten = beaten by { $value }
card-target-missed = missed by { $value }
card-forecast = year-end forecast
card-forecast-range = 80%: { $lo } to { $hi }
card-forecast-p = ; P(target) { $p }
share-embed-cite = embed · cite

## Card and chart pages
card-title-latest = the month's figure
card-title-yoy = change on a year earlier
card-title-mom = change on the month before
card-title-fytd = fiscal year to date
card-title-target = the year's target
card-title-forecast = year-end forecast
card-page-title = { $series }, { $month }: { $what }
share-embed-title = Embed
share-embed-help-card = Paste this where the card should appear; it shows the figure as known today and links back here.
share-embed-help-chart = Paste this where the chart should appear; it shows the chart as known today and links back here.
share-cite-title = Cite this
share-files = As files:
share-text = text
share-data-title = Data
share-monthly-to = { $series } monthly to { $month }:

## Sources table
sources = Sources
col-figure = figure
col-period = period
col-release = release
col-tier = tier
col-status = status
col-published = published
col-where = where
undated = undated

## Source tiers
tier-official-file = official file
tier-official-captured = official figure as captured by a third party
tier-press = press report
tier-target = government target

## Statuses (SBP's P/R markers)
status-provisional = provisional
status-revised = revised
status-final = final
status-unmarked = unmarked
status-press-reported = press-reported
status-target = target

## Series
series-pk-ebops-9-credit = ICT exports
series-pk-ebops-services-credit = Services exports
series-pk-ebops-9-2-credit = computer services exports
series-pk-ebops-9-1-credit = telecommunications services exports
series-pk-ebops-9-3-credit = information services exports

## Freshness
stale = Data may be out of date: SBP's figures for { $what } are overdue and not in the store; the newest figure is for { $month }, released { $when }. Fetch the new release with { $cmd }.

## Charts
chart-caption-monthly = Monthly values to { $month }, with the change on a year earlier.
chart-caption-cumulative = The fiscal year so far against last year (and the target path, where one was set).
chart-caption-fan = The next twelve months: itx's forecast with calibrated 80% and 95% intervals.
chart-caption-components = Components, for the months SBP's dt.xls releases give them.

## Chart words (titles, legends, badges)
chart-title-record = { $series }: a record in { $month }
chart-title-monthly = { $series } by month
chart-subtitle-monthly = { $name }, { $from } to { $to }; line: change on a year earlier{ $gaps }
chart-gaps = ; no figure in the store for { $runs } (shaded)
chart-run = { $from } to { $to }
chart-unit = US$ million
chart-title-cumulative = { $series }, { $fy } so far against { $prior }
chart-subtitle-cumulative = Cumulative since July
chart-subtitle-cumulative-target = Cumulative since July; dashed: the straight path to the ${ $target } million target
chart-title-components = What makes up { $series }
chart-subtitle-components = { $name }, by component{ $note }
chart-components-stop = ; components are published only in SBP's dt.xls, which the store has to { $month } (totals only after that)
chart-components-missing = ; no components for { $runs }
chart-source = Source: State Bank of Pakistan, release of { $date }
chart-source-press = Source: press reports of SBP figures
chart-source-press-months = ; { $months } as reported by the press
chart-title-fan = { $series }: forecast to { $month }
chart-subtitle-fan = Model: { $model }; shaded: 80% and 95% intervals (calibrated)
chart-bars = Monthly, { $unit }
chart-left-axis = { " " }(left axis)
chart-record-high = Record high
chart-yoy-line = Change on a year earlier, % (right axis)
chart-yoy-axis = Year on year, %
chart-record-badge = Record: { $value }
chart-no-figure = no figure
chart-path-to-target = Path to target of { $value }
chart-total = Total
chart-actual = Actual
chart-forecast = Forecast
chart-interval80 = 80% interval
chart-interval95 = 95% interval

## itx status and itx check (CLI)
status-series = series
status-latest = latest
status-published = published
status-next = next expected
status-overdue = overdue
status-source = source
status-by = { $month } by { $date }
status-overdue-list = OVERDUE: { $months }
status-no = no
check-summary = { $n ->
    [one] { $n } claim
   *[other] { $n } claims
}: { $supported } ✓ supported, { $outdated } ~ outdated, { $contradicted } ✗ contradicted, { $unverifiable } ? unverifiable

## The peers page
peers-title = Pakistan beside India
peers-intro = Calendar quarters; each country's own fiscal quarter beside it (India's year runs April–March, Pakistan's July–June). Pakistan's quarter is the sum of its months.
peers-line = Line
peers-not-compared = Not compared
peers-sources = Sources: State Bank of Pakistan; Reserve Bank of India (DBIE).
country-india = India
country-pakistan = Pakistan
col-quarter = quarter
col-country = country
col-own-fq = own fiscal quarter
col-usd = US$ million
col-yoy = on a year earlier
col-share = of services
col-4q = last 4Q vs 4 before
col-pct-india = % of India
col-source = source
