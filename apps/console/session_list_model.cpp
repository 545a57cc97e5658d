#include "console/session_list_model.h"

#include <QColor>

namespace lifeline::console {

namespace {

// Lower sorts first: what needs the technician now.
int urgency(v1::SessionStatus status)
{
    switch (status) {
    case v1::SESSION_STATUS_RECONNECTING: return 0;
    case v1::SESSION_STATUS_WAITING: return 1;
    case v1::SESSION_STATUS_CONNECTING: return 2;
    case v1::SESSION_STATUS_ACTIVE: return 3;
    case v1::SESSION_STATUS_ABORTED: return 4;
    case v1::SESSION_STATUS_EXPIRED: return 5;
    case v1::SESSION_STATUS_CLOSED: return 6;
    default: return 7;
    }
}

}  // namespace

QString formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0) return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar(u'0'));
}

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool SessionListModel::isOpen(v1::SessionStatus status)
{
    return status == v1::SESSION_STATUS_WAITING || status == v1::SESSION_STATUS_CONNECTING ||
           status == v1::SESSION_STATUS_ACTIVE || status == v1::SESSION_STATUS_RECONNECTING;
}

QString SessionListModel::statusText(v1::SessionStatus status)
{
    switch (status) {
    case v1::SESSION_STATUS_WAITING: return tr("Waiting for customer");
    case v1::SESSION_STATUS_CONNECTING: return tr("Connecting");
    case v1::SESSION_STATUS_ACTIVE: return tr("Active");
    case v1::SESSION_STATUS_CLOSED: return tr("Closed");
    case v1::SESSION_STATUS_EXPIRED: return tr("Expired");
    case v1::SESSION_STATUS_ABORTED: return tr("Aborted");
    case v1::SESSION_STATUS_RECONNECTING: return tr("Customer reconnecting");
    default: return tr("Unknown");
    }
}

QString SessionListModel::endReasonText(v1::EndReason reason)
{
    switch (reason) {
    case v1::END_REASON_TECHNICIAN_ENDED: return tr("you ended the session");
    case v1::END_REASON_CUSTOMER_ENDED: return tr("the customer ended the session");
    case v1::END_REASON_TECHNICIAN_DISCONNECTED: return tr("your console lost its connection");
    case v1::END_REASON_CUSTOMER_DISCONNECTED: return tr("the customer's connection was lost");
    case v1::END_REASON_TECHNICIAN_TIMED_OUT: return tr("your console stopped answering");
    case v1::END_REASON_CUSTOMER_TIMED_OUT: return tr("the customer's applet stopped answering");
    case v1::END_REASON_PIN_EXPIRED: return tr("the PIN expired before the customer joined");
    case v1::END_REASON_RELAY_SHUTDOWN: return tr("the relay shut down");
    case v1::END_REASON_PROTOCOL_ERROR: return tr("a malformed message");
    case v1::END_REASON_CONNECTING_TIMED_OUT: return tr("the customer did not accept the terms in time");
    case v1::END_REASON_WAITING_TIMED_OUT: return tr("the customer did not join in time");
    case v1::END_REASON_IDLE_TIMED_OUT: return tr("nothing happened in the session for too long");
    default: return {};
    }
}

void SessionListModel::setList(const v1::SessionList& list)
{
    beginResetModel();
    m_rows.assign(list.sessions().begin(), list.sessions().end());
    endResetModel();
}

void SessionListModel::applyState(const v1::SessionState& state)
{
    int row = rowOf(state.session_id());
    if (row < 0) {
        emit unknownSession(state.session_id());  // made elsewhere: the full record is in the list
        v1::SessionSummary fresh;
        fresh.set_session_id(state.session_id());
        fresh.set_created_at_unix_ms(state.changed_at_unix_ms() != 0 ? state.changed_at_unix_ms() : m_nowMs());
        beginInsertRows({}, 0, 0);
        m_rows.insert(m_rows.begin(), fresh);
        endInsertRows();
        row = 0;
    }
    v1::SessionSummary& s = m_rows[std::size_t(row)];
    const qint64 at = state.changed_at_unix_ms() != 0 ? state.changed_at_unix_ms() : m_nowMs();
    s.set_status(state.status());
    s.set_end_reason(state.end_reason());
    if (!state.customer_name().empty()) s.set_customer_name(state.customer_name());
    if (state.status() != v1::SESSION_STATUS_WAITING) s.clear_pin();  // single use: gone once joined
    if (state.status() == v1::SESSION_STATUS_ACTIVE && s.active_at_unix_ms() == 0) s.set_active_at_unix_ms(at);
    if (!isOpen(state.status()) && s.ended_at_unix_ms() == 0) s.set_ended_at_unix_ms(at);
    emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
}

void SessionListModel::addCreated(quint64 sessionId, const QString& customerName, const QString& reference,
                                  const v1::CreateSessionResult& result)
{
    if (const int row = rowOf(sessionId); row >= 0) {
        // The watch told of it first: add what only the creator knows.
        v1::SessionSummary& s = m_rows[std::size_t(row)];
        if (s.status() == v1::SESSION_STATUS_WAITING) s.set_pin(result.pin());
        s.set_reference(reference.toStdString());
        if (s.customer_name().empty()) s.set_customer_name(customerName.toStdString());
        s.set_expires_at_unix_ms(result.expires_at_unix_ms());
        emit dataChanged(index(row, 0), index(row, kColumnCount - 1));
        return;
    }
    v1::SessionSummary s;
    s.set_session_id(sessionId);
    s.set_status(v1::SESSION_STATUS_WAITING);
    s.set_customer_name(customerName.toStdString());
    s.set_reference(reference.toStdString());
    s.set_pin(result.pin());
    s.set_created_at_unix_ms(m_nowMs());
    s.set_expires_at_unix_ms(result.expires_at_unix_ms());
    beginInsertRows({}, 0, 0);
    m_rows.insert(m_rows.begin(), s);
    endInsertRows();
}

void SessionListModel::tick()
{
    if (m_rows.empty()) return;
    emit dataChanged(index(0, kWaiting), index(rowCount() - 1, kDuration), {Qt::DisplayRole, kSortRole});
    emit dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1), {Qt::BackgroundRole});
}

int SessionListModel::rowOf(quint64 sessionId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].session_id() == sessionId) return int(i);
    }
    return -1;
}

int SessionListModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto& s) { return isOpen(s.status()); }));
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

qint64 SessionListModel::waitingMs(const v1::SessionSummary& s) const
{
    if (s.created_at_unix_ms() == 0) return 0;
    if (s.active_at_unix_ms() != 0) return s.active_at_unix_ms() - s.created_at_unix_ms();
    const qint64 until = s.ended_at_unix_ms() != 0 ? s.ended_at_unix_ms() : m_nowMs();
    return until - s.created_at_unix_ms();
}

qint64 SessionListModel::durationMs(const v1::SessionSummary& s) const
{
    if (s.active_at_unix_ms() == 0) return 0;
    const qint64 until = s.ended_at_unix_ms() != 0 ? s.ended_at_unix_ms() : m_nowMs();
    return until - s.active_at_unix_ms();
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const v1::SessionSummary& s = m_rows[std::size_t(index.row())];
    if (role == kSessionIdRole) return QVariant::fromValue<quint64>(s.session_id());
    if (role == Qt::DisplayRole || role == kSortRole) {
        const bool sort = role == kSortRole;
        switch (index.column()) {
        case kStatus: {
            if (sort) return urgency(s.status());
            QString text = statusText(s.status());
            const QString why = endReasonText(s.end_reason());
            if (!isOpen(s.status()) && !why.isEmpty()) text += QStringLiteral(" — ") + why;
            return text;
        }
        case kCustomer: return QString::fromStdString(s.customer_name());
        case kReference: return QString::fromStdString(s.reference());
        case kPin: {
            const QString pin = QString::fromStdString(s.pin());
            if (sort || pin.size() != 6) return pin;
            return pin.left(3) + u' ' + pin.mid(3);  // read out in two halves
        }
        case kWaiting: return sort ? QVariant(waitingMs(s)) : QVariant(formatDuration(waitingMs(s)));
        case kDuration:
            if (sort) return durationMs(s);
            return s.active_at_unix_ms() == 0 ? QString() : formatDuration(durationMs(s));
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        switch (s.status()) {
        case v1::SESSION_STATUS_WAITING:
            return waitingMs(s) > kLongWaitMs ? QColor(255, 224, 160) : QVariant();
        case v1::SESSION_STATUS_RECONNECTING: return QColor(255, 224, 160);
        case v1::SESSION_STATUS_ACTIVE: return QColor(214, 240, 214);
        case v1::SESSION_STATUS_ABORTED:
        case v1::SESSION_STATUS_EXPIRED: return QColor(246, 210, 210);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && !isOpen(s.status())) return QColor(110, 110, 110);
    if (role == Qt::ToolTipRole && index.column() == kPin && !s.pin().empty() && s.expires_at_unix_ms() != 0) {
        return tr("Valid until %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.expires_at_unix_ms()).time(),
                                                           QLocale::ShortFormat));
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case kStatus: return tr("Status");
    case kCustomer: return tr("Customer");
    case kReference: return tr("Reference");
    case kPin: return tr("PIN");
    case kWaiting: return tr("Waiting");
    case kDuration: return tr("Duration");
    default: return {};
    }
}

}  // namespace lifeline::console
