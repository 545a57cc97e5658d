#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QRect>
#include <QThread>

#include "session/file_transfers.h"
#include "session/technician_session.h"

namespace lifeline::console {

namespace v1 = ::lifeline::v1;

// Pieces of the customer's picture that changed, copied off the session's worker.
struct PicturePatch
{
    QPoint at;
    QImage image;
};

// The GUI thread's handle on one support session: runs a TechnicianSession (network and
// decoding) on a worker thread of its own, forwards the technician's actions to it by
// queued calls, and hands the GUI what changed — picture patches, cursor, layout, chat,
// consent, control state, telemetry — by queued signals. The GUI never waits for it.
//
// Lives on the GUI thread.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(session::TechnicianSession::Options options, QObject* parent = nullptr);
    ~SessionController() override;

    void create(const QString& customerName, const QString& reference);
    void end();

    quint64 sessionId() const { return m_sessionId; }
    const QString& pin() const { return m_pin; }
    const QString& customerName() const { return m_customerName; }
    const v1::SessionState& state() const { return m_state; }
    bool isEnded() const;
    bool isGranted(session::Permission permission) const;
    bool isPending(session::Permission permission) const;
    bool controlPausedByCustomer() const { return m_paused; }
    // The customer's end's latest word on a permission (UNSPECIFIED before any).
    struct ConsentChange
    {
        session::Permission permission = session::Permission::kViewScreen;
        v1::PermissionAnswer answer = v1::PERMISSION_ANSWER_UNSPECIFIED;
    };
    const ConsentChange& lastConsentChange() const { return m_lastChange; }
    bool customerAllowsControl() const { return m_controlGranted; }
    const v1::DisplayLayout& layout() const { return m_layout; }

    void requestPermission(session::Permission permission);
    void releasePermission(session::Permission permission);
    void sendChat(const QString& text);
    void movePointer(QPoint desktop);
    void button(QPoint desktop, int button, bool down);
    void wheel(int dx, int dy);
    void key(quint32 keysym, quint32 physicalCode, bool down);
    void specialKeys(v1::SpecialKeys keys);
    void setQuality(v1::QualityMode mode);
    void setColourDepth(int bits);
    void selectMonitor(int index);

    // Files. Each call returns at once with the id the signals below will carry (a
    // request that cannot be made ends with transferFinished / fileOperationFinished).
    // `id` != 0: that transfer again (it resumes; what arrived already is not sent twice);
    // `collision`: what the receiving end does with names already taken (kAsk: those files
    // fail with kAlreadyExists, and the technician chooses).
    quint64 sendFiles(const QStringList& localPaths, quint64 id = 0,
                      transfer::Collision collision = transfer::Collision::kAsk);
    quint64 fetchFiles(const QStringList& remotePaths, quint64 id = 0,
                       transfer::Collision collision = transfer::Collision::kAsk);
    // Basic mode: files the customer may choose to download (publishedChanged follows;
    // publishFailed when one cannot be published).
    void publishFiles(const QStringList& localPaths);
    void unpublish(quint32 id);
    const QList<session::PublishedFileInfo>& published() const { return m_published; }
    quint64 fileOperation(const v1::FileOperation& operation);
    void cancelTransfer(quint64 id);
    // Where files fetched from the customer land.
    QString downloadFolder() const { return m_downloadFolder; }

signals:
    void created(const lifeline::v1::CreateSessionResult& result);
    void failed(const lifeline::base::Error& error);
    void stateChanged(const lifeline::v1::SessionState& state);
    void consentChanged(lifeline::session::Permission permission, lifeline::v1::PermissionAnswer answer);
    void controlStateChanged();
    void chatLine(const lifeline::session::ChatLine& line);
    void layoutChanged(const lifeline::v1::DisplayLayout& layout);
    void pictureReset(QSize size);
    void pictureUpdated(const QList<lifeline::console::PicturePatch>& patches);
    void cursorImageChanged(const QImage& image, QPoint hotspot);
    void cursorMoved(QPoint pictureCoordinates);
    void telemetryChanged(const lifeline::session::SessionTelemetry& telemetry);
    void clipboardFailed(const lifeline::base::Error& error);
    void transferProgress(const lifeline::session::TransferProgress& progress);
    void transferFileDone(quint64 id, const QString& path, const QString& savedAs);
    void transferFileFailed(quint64 id, const QString& path, const lifeline::base::Error& error);
    void transferFinished(quint64 id, bool ok, const lifeline::base::Error& error);
    void fileOperationFinished(quint64 id, const lifeline::v1::FileOperationResult& result);
    void publishedChanged();
    void publishFailed(const lifeline::base::Error& error);
    // The customer downloads a published file: transfer `id` (outgoing) follows.
    void customerDownloading(quint64 id, const QString& name);

private:
    template <typename F>
    void onSession(F call);

    QThread m_worker;
    session::TechnicianSession* m_session = nullptr;  // lives on m_worker
    quint64 m_sessionId = 0;
    QString m_pin;
    QString m_customerName;
    v1::SessionState m_state;
    v1::DisplayLayout m_layout;
    quint32 m_granted = 0;
    quint32 m_pending = 0;
    ConsentChange m_lastChange;
    bool m_controlGranted = false;
    bool m_paused = false;
    QString m_downloadFolder;
    QList<session::PublishedFileInfo> m_published;
};

}  // namespace lifeline::console
