#include "console/reports_page.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <functional>
#include <set>

#include "console/texts.h"
#include "core/base/csv.h"

namespace lifeline::console {

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60) return QObject::tr("%1 s").arg(seconds);
    if (seconds < 3600) return QObject::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

ReportsPage::ReportsPage(AccountController& account, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
{
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29));
    m_to = new QDateEdit(today);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_kind = new QComboBox;
    m_kind->addItem(tr("Sessions"), int(v1::REPORT_KIND_SESSIONS));
    m_kind->addItem(tr("Missed sessions"), int(v1::REPORT_KIND_MISSED_SESSIONS));
    m_kind->addItem(tr("Sign-ins"), int(v1::REPORT_KIND_SIGN_INS));
    m_kind->addItem(tr("Chat logs"), int(v1::REPORT_KIND_CHAT_LOGS));
    m_kind->addItem(tr("Audit log"), int(v1::REPORT_KIND_AUDIT));
    m_group = new QComboBox;
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_technician = new QComboBox;
    m_technician->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportsPage::fillTechnicians);
    m_run = new QPushButton(tr("Show"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::run);
    m_export = new QPushButton(tr("Export CSV…"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                          QStringLiteral("lifeline-report-%1.csv").arg(m_from->date().toString(Qt::ISODate)),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) (void)exportCsv(path);
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("From:")));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to:")));
    controls->addWidget(m_to);
    controls->addStretch();
    controls->addWidget(m_run);
    controls->addWidget(m_export);
    auto* whose = new QHBoxLayout;
    whose->addWidget(new QLabel(tr("Group:")));
    whose->addWidget(m_group, 1);
    whose->addWidget(new QLabel(tr("Technician:")));
    whose->addWidget(m_technician, 1);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto makeChart = [] {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        return view;
    };
    m_sessionsChart = makeChart();
    m_timesChart = makeChart();
    auto* charts = new QWidget;
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_sessionsChart);
    chartsLayout->addWidget(m_timesChart);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(whose);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(&m_account, &AccountController::adminAnswered, this, &ReportsPage::onAnswer);
    showCharts({});
}

QString ReportsPage::summaryText() const
{
    return m_summary->text();
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::setOrganisation(const v1::OrganisationView& view, bool wholeOrganisation)
{
    m_view = view;
    const qint64 selected = m_group->currentData().toLongLong();
    const QSignalBlocker block(m_group);
    m_group->clear();
    if (wholeOrganisation) m_group->addItem(tr("Whole organisation"), QVariant::fromValue<qint64>(0));
    // The tree's order, indented: parents first.
    std::set<qint64> ids;
    for (const v1::Group& g : view.groups()) ids.insert(g.id());
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const v1::Group& g : view.groups()) {
            const bool top = ids.count(g.parent_id()) == 0 || g.parent_id() == g.id();
            if ((parent == 0 && top) || (parent != 0 && g.parent_id() == parent && g.id() != parent)) {
                m_group->addItem(QString(depth * 3, u' ') + QString::fromStdString(g.name()), QVariant::fromValue<qint64>(g.id()));
                add(g.id(), depth + 1);
            }
        }
    };
    add(0, 0);
    const int index = m_group->findData(QVariant::fromValue<qint64>(selected));
    m_group->setCurrentIndex(index >= 0 ? index : 0);
    fillTechnicians();
}

void ReportsPage::fillTechnicians()
{
    const qint64 group = m_group->currentData().toLongLong();
    // The group with everything below it.
    std::set<qint64> subtree;
    if (group != 0) {
        subtree.insert(group);
        for (bool grew = true; grew;) {
            grew = false;
            for (const v1::Group& g : m_view.groups()) {
                if (subtree.count(g.parent_id()) != 0 && subtree.insert(g.id()).second) grew = true;
            }
        }
    }
    m_technician->clear();
    m_technician->addItem(tr("Everyone"), QVariant::fromValue<qint64>(0));
    for (const v1::Member& m : m_view.members()) {
        if (m.role() != v1::ROLE_TECHNICIAN || (group != 0 && subtree.count(m.group_id()) == 0)) continue;
        m_technician->addItem(QString::fromStdString(m.name()), QVariant::fromValue<qint64>(m.id()));
    }
}

void ReportsPage::run()
{
    if (m_to->date() < m_from->date()) {
        m_status->setText(tr("The first day is after the last one."));
        return;
    }
    if (m_from->date().daysTo(m_to->date()) >= 366) {
        m_status->setText(tr("A report covers at most 366 days."));
        return;
    }
    v1::AdminRequest request;
    v1::GetReport* get = request.mutable_get_report();
    get->set_kind(v1::ReportKind(m_kind->currentData().toInt()));
    // Whole local days, the last one included.
    get->set_from_unix_ms(m_from->date().startOfDay().toMSecsSinceEpoch());
    get->set_to_unix_ms(m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch());
    get->set_group_id(m_group->currentData().toLongLong());
    get->set_technician_id(m_technician->currentData().toLongLong());
    m_status->setText(tr("Asking the relay…"));
    m_run->setEnabled(false);
    m_call = m_account.admin(request);
}

void ReportsPage::onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error)
{
    if (id != m_call) return;
    m_call = 0;
    m_run->setEnabled(true);
    if (!ok) {
        m_status->setText(tr("No report: %1").arg(Texts::error(error)));
        return;
    }
    show(response.report());
}

void ReportsPage::show(const v1::Report& report)
{
    m_report = report;
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(report.columns_size());
    m_table->setRowCount(report.rows_size());
    QStringList headers;
    for (const std::string& column : report.columns()) headers << QString::fromStdString(column);
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < report.rows_size(); ++r) {
        const v1::ReportRow& row = report.rows(r);
        for (int c = 0; c < row.cells_size() && c < report.columns_size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(QString::fromStdString(row.cells(c))));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    m_export->setEnabled(true);

    const bool sessions = report.kind() == v1::REPORT_KIND_SESSIONS || report.kind() == v1::REPORT_KIND_MISSED_SESSIONS;
    if (sessions) {
        const v1::ReportSummary& s = report.summary();
        m_summary->setText(tr("%n session(s), %1 missed. Waiting: average %2, longest %3. Handling: average %4, longest %5.", nullptr,
                              s.sessions())
                               .arg(s.missed())
                               .arg(durationText(s.average_waiting_ms()), durationText(s.longest_waiting_ms()),
                                    durationText(s.average_handling_ms()), durationText(s.longest_handling_ms())));
    } else {
        m_summary->setText(tr("%n entry(ies).", nullptr, report.rows_size()));
    }
    m_status->setText(report.truncated() ? tr("Only the first %1 rows are shown: choose fewer days.").arg(report.rows_size()) : QString());
    showCharts(report);
    emit reportShown();
}

void ReportsPage::showCharts(const v1::Report& report)
{
    const bool sessions = report.kind() == v1::REPORT_KIND_SESSIONS;
    m_sessionsChart->setVisible(sessions);
    m_timesChart->setVisible(sessions);
    QChart* perDay = m_sessionsChart->chart();
    QChart* times = m_timesChart->chart();
    perDay->removeAllSeries();
    times->removeAllSeries();
    for (QChart* chart : {perDay, times}) {
        for (QAbstractAxis* axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }
    perDay->setTitle(tr("Sessions per day"));
    times->setTitle(tr("Average waiting and handling (minutes)"));
    if (!sessions) return;

    // Days are the relay's (UTC) days, a label each (upright when there are many).
    QStringList labels;
    auto* counts = new QBarSet(tr("Sessions"));
    auto* waiting = new QLineSeries;
    waiting->setName(tr("Waiting"));
    auto* handling = new QLineSeries;
    handling->setName(tr("Handling"));
    int most = 1;
    double longest = 1;
    for (int i = 0; i < report.days_size(); ++i) {
        const v1::ReportDay& day = report.days(i);
        labels << QDateTime::fromMSecsSinceEpoch(day.day_start_unix_ms(), Qt::UTC).toString(QStringLiteral("MM-dd"));
        *counts << day.sessions();
        most = std::max(most, day.sessions());
        waiting->append(i, day.average_waiting_ms() / 60000.0);
        handling->append(i, day.average_handling_ms() / 60000.0);
        longest = std::max({longest, day.average_waiting_ms() / 60000.0, day.average_handling_ms() / 60000.0});
    }
    auto* bars = new QBarSeries;
    bars->append(counts);
    perDay->addSeries(bars);
    auto* dayAxis = new QBarCategoryAxis;
    dayAxis->append(labels);
    if (labels.size() > 7) dayAxis->setLabelsAngle(-90);  // a fortnight or a month side by side
    perDay->addAxis(dayAxis, Qt::AlignBottom);
    bars->attachAxis(dayAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, most);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTickCount(std::min(most, 5) + 1);
    perDay->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    perDay->legend()->hide();

    times->addSeries(waiting);
    times->addSeries(handling);
    auto* xAxis = new QValueAxis;
    xAxis->setRange(0, std::max(1, report.days_size() - 1));
    xAxis->setLabelsVisible(false);
    auto* minutesAxis = new QValueAxis;
    minutesAxis->setRange(0, longest * 1.1);
    minutesAxis->setLabelFormat(QStringLiteral("%.0f"));
    minutesAxis->applyNiceNumbers();
    times->addAxis(xAxis, Qt::AlignBottom);
    times->addAxis(minutesAxis, Qt::AlignLeft);
    for (QLineSeries* series : {waiting, handling}) {
        series->attachAxis(xAxis);
        series->attachAxis(minutesAxis);
    }
}

bool ReportsPage::exportCsv(const QString& path)
{
    std::vector<std::vector<std::string>> rows;
    rows.emplace_back(m_report.columns().begin(), m_report.columns().end());
    for (const v1::ReportRow& row : m_report.rows()) rows.emplace_back(row.cells().begin(), row.cells().end());
    const std::string csv = base::toCsv(rows);
    QSaveFile file(path);  // all or nothing: no half-written report
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data(), qint64(csv.size())) != qint64(csv.size()) || !file.commit()) {
        m_status->setText(tr("The report could not be saved in %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %n row(s) in %1.", nullptr, m_report.rows_size()).arg(path));
    return true;
}

}  // namespace lifeline::console
