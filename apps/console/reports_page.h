#pragma once

#include <QWidget>

#include "console/account_controller.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lifeline::console {

// The Admin Center's reports: sessions, missed sessions, sign-ins or the audit log over a
// range of days, for a technician group (with everything below it) or one technician; a
// table, a summary, charts of sessions per day and of average waiting and handling time,
// and CSV export. The relay computes the report and decides what this administrator may
// see.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(AccountController& account, QWidget* parent = nullptr);

    // The groups and technicians to choose from; `wholeOrganisation`: a master administrator,
    // who may also ask for everyone.
    void setOrganisation(const v1::OrganisationView& view, bool wholeOrganisation);
    // Asks the relay for the report the controls describe.
    void run();
    // Writes the shown report as CSV; false (and the reason in statusText()) when it cannot.
    bool exportCsv(const QString& path);

    // For tests and screenshots.
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* technicianBox() const { return m_technician; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* exportButton() const { return m_export; }
    QTableWidget* table() const { return m_table; }
    QChartView* sessionsChart() const { return m_sessionsChart; }
    QChartView* timesChart() const { return m_timesChart; }
    QString summaryText() const;
    QString statusText() const;
    const v1::Report& report() const { return m_report; }

signals:
    void reportShown();

private:
    void onAnswer(quint64 id, bool ok, const v1::AdminResponse& response, const base::Error& error);
    void fillTechnicians();
    void show(const v1::Report& report);
    void showCharts(const v1::Report& report);

    AccountController& m_account;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_kind;
    QComboBox* m_group;
    QComboBox* m_technician;
    QPushButton* m_run;
    QPushButton* m_export;
    QTableWidget* m_table;
    QLabel* m_summary;
    QLabel* m_status;
    QChartView* m_sessionsChart;
    QChartView* m_timesChart;
    v1::OrganisationView m_view;
    v1::Report m_report;
    quint64 m_call = 0;
};

// "1 h 05 min", "4 min 30 s", "12 s" — a duration in a report's summary.
QString durationText(qint64 ms);

}  // namespace lifeline::console
