#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>
#include <vector>

#include "core/protocol/envelope.h"

namespace lifeline::console {

namespace v1 = ::lifeline::v1;

// The technician's queue: every session of theirs the relay reports (ListSessions, then
// each SessionState), one row each, newest first until the view sorts otherwise. Waiting
// time and duration run on; rows whose state needs attention are coloured (a customer
// waiting long, a dropped customer, a session that ended badly).
//
// Sorting: the sort role gives numbers for times and the state's urgency for Status, so a
// QSortFilterProxyModel sorts it meaningfully.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { kStatus, kCustomer, kReference, kPin, kWaiting, kDuration, kColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kSessionIdRole = Qt::UserRole + 2;
    static constexpr qint64 kLongWaitMs = 2 * 60 * 1000;  // waiting longer than this is amber

    explicit SessionListModel(QObject* parent = nullptr);

    void setList(const v1::SessionList& list);
    // A state notice: updates the row, or adds one for a session not seen yet.
    void applyState(const v1::SessionState& state);
    // A session this console just created (the notice may come later).
    void addCreated(quint64 sessionId, const QString& customerName, const QString& reference,
                    const v1::CreateSessionResult& result);
    void setNow(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    // Refreshes the running times (called each second by the window).
    void tick();

    int rowOf(quint64 sessionId) const;
    const v1::SessionSummary& summary(int row) const { return m_rows[std::size_t(row)]; }
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(v1::SessionStatus status);

signals:
    // A state notice for a session not in the list (made by another console of this
    // technician): its PIN and reference come with the next ListSessions.
    void unknownSession(quint64 sessionId);

public:
    static QString endReasonText(v1::EndReason reason);
    static bool isOpen(v1::SessionStatus status);

private:
    qint64 waitingMs(const v1::SessionSummary& s) const;
    qint64 durationMs(const v1::SessionSummary& s) const;

    std::vector<v1::SessionSummary> m_rows;
    std::function<qint64()> m_nowMs;
};

// "4:05", "1:02:03".
QString formatDuration(qint64 ms);

}  // namespace lifeline::console
