#include "console/session_controller.h"

#include "session/worker_thread.h"

namespace lifeline::console {

using session::Permission;
using session::TechnicianSession;

namespace {

quint32 bit(Permission permission)
{
    return 1u << static_cast<int>(permission);
}

QImage imageOf(const base::Frame& frame, const QRect& area)
{
    const QImage whole(reinterpret_cast<const uchar*>(frame.pixels().data()), frame.width(), frame.height(),
                       qsizetype(frame.width()) * 4, QImage::Format_RGB32);
    return whole.copy(area);  // a deep copy: the framebuffer changes on the worker
}

}  // namespace

SessionController::SessionController(TechnicianSession::Options options, QObject* parent)
    : QObject(parent)
    , m_downloadFolder(QString::fromStdString(options.receiveFolder.string()))
{
    m_worker.setObjectName(QStringLiteral("console-session"));
    m_worker.start();
    m_session = session::makeOnThread(m_worker, [&] { return new TechnicianSession(std::move(options)); });

    TechnicianSession* s = m_session;
    connect(s, &TechnicianSession::created, this, [this](const v1::CreateSessionResult& result) {
        m_sessionId = result.session_id();
        m_pin = QString::fromStdString(result.pin());
        m_state.set_session_id(m_sessionId);
        m_state.set_status(v1::SESSION_STATUS_WAITING);
        emit created(result);
    });
    connect(s, &TechnicianSession::failed, this, [this](const base::Error& error) {
        if (m_sessionId != 0 && !isEnded()) {
            // The session's own link is gone: the relay ends a session whose technician
            // disconnected, so this tab's session is over — say so like any other end.
            v1::SessionState lost = m_state;
            lost.set_status(v1::SESSION_STATUS_ABORTED);
            lost.set_end_reason(v1::END_REASON_TECHNICIAN_DISCONNECTED);
            m_state = lost;
            emit stateChanged(lost);
        }
        emit failed(error);
    });
    connect(s, &TechnicianSession::stateChanged, this, [this](const v1::SessionState& state) {
        m_state = state;
        if (!state.customer_name().empty()) m_customerName = QString::fromStdString(state.customer_name());
        emit stateChanged(state);
    });
    connect(s, &TechnicianSession::telemetryChanged, this, &SessionController::telemetryChanged);
    connect(s, &TechnicianSession::clipboardFailed, this, &SessionController::clipboardFailed);
    session::FileTransfers& files = s->files();
    connect(&files, &session::FileTransfers::progress, this, &SessionController::transferProgress);
    connect(&files, &session::FileTransfers::fileDone, this, &SessionController::transferFileDone);
    connect(&files, &session::FileTransfers::fileFailed, this, &SessionController::transferFileFailed);
    connect(&files, &session::FileTransfers::finished, this, &SessionController::transferFinished);
    connect(&files, &session::FileTransfers::operationFinished, this, &SessionController::fileOperationFinished);
    connect(&files, &session::FileTransfers::downloadStarted, this, &SessionController::customerDownloading);
    connect(&files, &session::FileTransfers::publishedChanged, &files, [this, &files] {
        const QList<session::PublishedFileInfo> list = session::PublishedFileInfo::listOf(files.published());
        QMetaObject::invokeMethod(this, [this, list] {
            m_published = list;
            emit publishedChanged();
        });
    });
    connect(&s->chat(), &session::Chat::lineAdded, this, &SessionController::chatLine);

    // The mirrors live on the worker; what the GUI needs of them is copied in the signal.
    connect(&s->consent(), &session::RemoteConsent::changed, s, [this, s](Permission p, v1::PermissionAnswer answer) {
        quint32 granted = 0;
        quint32 pending = 0;
        for (Permission q : session::kAllPermissions) {
            if (s->consent().isGranted(q)) granted |= bit(q);
            if (s->consent().isPending(q)) pending |= bit(q);
        }
        QMetaObject::invokeMethod(this, [=, this] {
            m_granted = granted;
            m_pending = pending;
            m_lastChange = {p, answer};
            emit consentChanged(p, answer);
        });
    });
    connect(&s->input(), &session::ControlSender::controlStateChanged, s, [this, s] {
        const bool granted = s->input().isGranted();
        const bool paused = s->input().isPausedByCustomer();
        QMetaObject::invokeMethod(this, [=, this] {
            m_controlGranted = granted;
            m_paused = paused;
            emit controlStateChanged();
        });
    });
    connect(&s->viewer(), &session::ScreenViewer::layoutChanged, s, [this, s] {
        const v1::DisplayLayout layout = s->viewer().layout();
        QMetaObject::invokeMethod(this, [=, this] {
            m_layout = layout;
            emit layoutChanged(layout);
        });
    });
    connect(&s->viewer(), &session::ScreenViewer::pictureUpdated, s, [this, s](const QList<QRect>& dirty) {
        const base::Frame& frame = s->viewer().framebuffer();
        const QSize size(frame.width(), frame.height());
        QList<PicturePatch> patches;
        patches.reserve(dirty.size());
        for (const QRect& rect : dirty) {
            const QRect area = rect.intersected(QRect(QPoint(0, 0), size));
            if (!area.isEmpty()) patches.push_back({area.topLeft(), imageOf(frame, area)});
        }
        QMetaObject::invokeMethod(this, [=, this] {
            emit pictureReset(size);  // the view ignores a reset to the size it has
            emit pictureUpdated(patches);
        });
    });
    connect(&s->viewer(), &session::ScreenViewer::cursorChanged, s, [this, s] {
        const v1::CursorShape& shape = s->viewer().cursorShape();
        const v1::CursorPosition& position = s->viewer().cursorPosition();
        QImage image;
        if (shape.width() > 0 && shape.height() > 0 &&
            shape.argb().size() == std::size_t(shape.width()) * std::size_t(shape.height()) * 4) {
            image = QImage(reinterpret_cast<const uchar*>(shape.argb().data()), shape.width(), shape.height(),
                           shape.width() * 4, QImage::Format_ARGB32_Premultiplied)
                        .copy();
        }
        const QPoint hotspot(shape.hotspot_x(), shape.hotspot_y());
        const QPoint at(position.x(), position.y());
        const bool visible = position.visible();
        QMetaObject::invokeMethod(this, [=, this] {
            emit cursorImageChanged(visible ? image : QImage(), hotspot);
            emit cursorMoved(at);
        });
    });
}

SessionController::~SessionController()
{
    session::destroyOnThreadAndStop(m_session, m_worker);
}

template <typename F>
void SessionController::onSession(F call)
{
    QMetaObject::invokeMethod(m_session, [session = m_session, call = std::move(call)] { call(*session); },
                              Qt::QueuedConnection);
}

bool SessionController::isEnded() const
{
    const auto status = m_state.status();
    return status == v1::SESSION_STATUS_CLOSED || status == v1::SESSION_STATUS_EXPIRED ||
           status == v1::SESSION_STATUS_ABORTED;
}

bool SessionController::isGranted(Permission permission) const
{
    return (m_granted & bit(permission)) != 0;
}

bool SessionController::isPending(Permission permission) const
{
    return (m_pending & bit(permission)) != 0;
}

void SessionController::create(const QString& customerName, const QString& reference)
{
    m_customerName = customerName;
    onSession([=](TechnicianSession& s) { s.create(customerName, reference); });
}

void SessionController::end()
{
    onSession([](TechnicianSession& s) { s.end(); });
}

void SessionController::requestPermission(Permission permission)
{
    onSession([=](TechnicianSession& s) { (void)s.consent().request(permission); });
}

void SessionController::releasePermission(Permission permission)
{
    // Given back: not ours from this moment (input stops now, not when the customer's end
    // confirms).
    m_granted &= ~bit(permission);
    m_pending &= ~bit(permission);
    onSession([=](TechnicianSession& s) { (void)s.consent().release(permission); });
}

void SessionController::sendChat(const QString& text)
{
    onSession([=](TechnicianSession& s) {
        if (auto sent = s.chat().send(text); !sent) {
            s.chat().addNotice(tr("Not sent: %1").arg(QString::fromStdString(sent.error().detail)));
        }
    });
}

void SessionController::movePointer(QPoint desktop)
{
    onSession([=](TechnicianSession& s) { (void)s.input().movePointer({desktop.x(), desktop.y()}); });
}

void SessionController::button(QPoint desktop, int button, bool down)
{
    onSession([=](TechnicianSession& s) {
        if (s.input().button({desktop.x(), desktop.y()}, button, down) && down) s.noteButtonSent();
    });
}

void SessionController::wheel(int dx, int dy)
{
    onSession([=](TechnicianSession& s) { (void)s.input().wheel(dx, dy); });
}

void SessionController::key(quint32 keysym, quint32 physicalCode, bool down)
{
    onSession([=](TechnicianSession& s) { (void)s.input().key(keysym, physicalCode, down); });
}

void SessionController::specialKeys(v1::SpecialKeys keys)
{
    onSession([=](TechnicianSession& s) { (void)s.input().specialKeys(keys); });
}

void SessionController::setQuality(v1::QualityMode mode)
{
    onSession([=](TechnicianSession& s) { (void)s.viewer().requestQuality(mode); });
}

void SessionController::setColourDepth(int bits)
{
    onSession([=](TechnicianSession& s) { (void)s.viewer().requestColourDepth(bits); });
}

quint64 SessionController::sendFiles(const QStringList& localPaths, quint64 again, transfer::Collision collision)
{
    const quint64 id = again != 0 ? again : session::FileTransfers::newId();
    std::vector<std::filesystem::path> paths;
    for (const QString& p : localPaths) paths.emplace_back(p.toStdString());
    onSession([id, paths, collision](TechnicianSession& s) {
        if (auto started = s.files().send(paths, id, collision); !started) emit s.files().finished(id, false, started.error());
    });
    return id;
}

quint64 SessionController::fetchFiles(const QStringList& remotePaths, quint64 again, transfer::Collision collision)
{
    const quint64 id = again != 0 ? again : session::FileTransfers::newId();
    std::vector<std::string> paths;
    for (const QString& p : remotePaths) paths.push_back(p.toStdString());
    onSession([id, paths, collision](TechnicianSession& s) {
        if (auto started = s.files().fetch(paths, id, collision); !started) emit s.files().finished(id, false, started.error());
    });
    return id;
}

void SessionController::publishFiles(const QStringList& localPaths)
{
    std::vector<std::filesystem::path> paths;
    for (const QString& p : localPaths) paths.emplace_back(p.toStdString());
    onSession([this, paths](TechnicianSession& s) {
        if (auto published = s.files().publish(paths); !published) emit publishFailed(published.error());
    });
}

void SessionController::unpublish(quint32 id)
{
    onSession([id](TechnicianSession& s) { s.files().unpublish(id); });
}

quint64 SessionController::fileOperation(const v1::FileOperation& operation)
{
    const quint64 id = session::FileTransfers::newId();
    onSession([id, operation](TechnicianSession& s) {
        if (auto sent = s.files().requestOperation(operation, id); !sent) {
            v1::FileOperationResult failed;
            failed.set_error_code(std::int32_t(sent.error().code));
            failed.set_error_detail(sent.error().detail);
            emit s.files().operationFinished(id, failed);
        }
    });
    return id;
}

void SessionController::cancelTransfer(quint64 id)
{
    onSession([=](TechnicianSession& s) { s.files().cancel(id); });
}

void SessionController::selectMonitor(int index)
{
    onSession([=](TechnicianSession& s) { (void)s.viewer().requestMonitor(index); });
}

}  // namespace lifeline::console
