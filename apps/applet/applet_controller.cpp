#include "applet/applet_controller.h"

#include "session/worker_thread.h"

namespace lifeline::applet {

using session::CustomerSession;

AppletController::AppletController(CustomerSession::Options options, CustomerSession::Devices devices,
                                   bool separateCapture, QObject* parent)
    : QObject(parent)
{
    m_network.setObjectName(QStringLiteral("applet-network"));
    m_network.start();
    if (separateCapture) {
        m_capture.setObjectName(QStringLiteral("applet-capture"));
        m_capture.start();
        options.captureThread = &m_capture;
    }
    m_session = session::makeOnThread(m_network, [&] { return new CustomerSession(std::move(options), std::move(devices)); });

    connect(m_session, &CustomerSession::stateChanged, this, [this](State state) {
        if (state == State::kReconnecting && m_state != State::kReconnecting) m_reconnectClock.start();
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_session, &CustomerSession::joined, this, [this](const Info& info) { m_info = info; });
    connect(m_session, &CustomerSession::ended, this, [this](EndCause cause, const base::Error& error) {
        m_endCause = cause;
        m_joinError = error;
    });
    connect(m_session, &CustomerSession::permissionsChanged, this, [this](quint32 mask) {
        m_granted = mask;
        emit grantsChanged();
    });
    connect(m_session, &CustomerSession::permissionAsked, this, &AppletController::permissionAsked);
    connect(m_session, &CustomerSession::questionWithdrawn, this, &AppletController::questionWithdrawn);
    connect(m_session, &CustomerSession::singlePromptAsked, this, &AppletController::singlePromptAsked);
    connect(m_session, &CustomerSession::deviceFailed, this, &AppletController::deviceFailed);
    connect(&m_session->chat(), &session::Chat::lineAdded, this, &AppletController::chatLine);
    session::FileTransfers& files = m_session->files();
    connect(&files, &session::FileTransfers::progress, this, &AppletController::fileProgress);
    connect(&files, &session::FileTransfers::fileDone, this, [this](quint64, const QString&, const QString& savedAs) {
        // Incoming files carry where they were saved here; outgoing ones the peer's name.
        if (savedAs.startsWith(u'/')) emit fileSaved(savedAs);
    });
    connect(&files, &session::FileTransfers::fileFailed, this,
            [this](quint64, const QString& path, const base::Error& error) { emit fileFailed(path, error); });
    // Read on the network thread, handed over as a copy.
    connect(&files, &session::FileTransfers::publishedChanged, &files, [this, &files] {
        const QList<PublishedFileInfo> list = PublishedFileInfo::listOf(files.peerPublished());
        QMetaObject::invokeMethod(this, [this, list] {
            m_published = list;
            emit publishedChanged();
        });
    });
}

AppletController::~AppletController()
{
    session::destroyOnThreadAndStop(m_session, m_network);
    m_capture.quit();
    m_capture.wait();
}

template <typename F>
void AppletController::onSession(F call)
{
    QMetaObject::invokeMethod(m_session, [session = m_session, call = std::move(call)] { call(*session); },
                              Qt::QueuedConnection);
}

void AppletController::join(const QString& pin)
{
    onSession([pin](CustomerSession& s) { s.join(pin); });
}

void AppletController::acceptTerms(bool accept)
{
    onSession([accept](CustomerSession& s) { s.acceptTerms(accept); });
}

void AppletController::answer(session::Permission permission, bool allow)
{
    onSession([=](CustomerSession& s) { s.answer(permission, allow); });
}

void AppletController::answerSinglePrompt(bool allowAll)
{
    onSession([=](CustomerSession& s) { s.answerSinglePrompt(allowAll); });
}

void AppletController::stop()
{
    m_granted = 0;  // the windows stop showing "shared" at once; the session follows
    emit grantsChanged();
    onSession([](CustomerSession& s) { s.stop(); });
}

void AppletController::leave()
{
    onSession([](CustomerSession& s) { s.leave(); });
}

void AppletController::sendChat(const QString& text)
{
    onSession([text](CustomerSession& s) { (void)s.sendChat(text); });
}

quint64 AppletController::download(const PublishedFileInfo& file, const QString& folder)
{
    const quint64 id = session::FileTransfers::newId();
    onSession([this, id, file, folder](CustomerSession& s) {
        if (auto started = s.files().download(file.id, folder.toStdString(), id); !started) emit fileFailed(file.name, started.error());
    });
    return id;
}

int AppletController::reconnectSecondsLeft() const
{
    if (m_state != State::kReconnecting) return 0;
    const qint64 left = qint64(m_info.reconnectGraceSeconds) * 1000 - m_reconnectClock.elapsed();
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

}  // namespace lifeline::applet
