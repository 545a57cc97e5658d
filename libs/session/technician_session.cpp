#include "session/technician_session.h"

#include "session/clipboard_sync.h"
#include "session/file_transfers.h"

namespace lifeline::session {

namespace {

QString codecName(std::optional<codec::Codec> codec)
{
    if (!codec) return {};
    switch (*codec) {
    case codec::Codec::kLossless: return QStringLiteral("lossless");
    case codec::Codec::kVp8: return QStringLiteral("VP8");
    case codec::Codec::kVp9: return QStringLiteral("VP9");
    }
    return {};
}

bool isFinal(v1::SessionStatus status)
{
    return status == v1::SESSION_STATUS_CLOSED || status == v1::SESSION_STATUS_EXPIRED ||
           status == v1::SESSION_STATUS_ABORTED;
}

}  // namespace

TechnicianSession::TechnicianSession(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_link(std::make_unique<TechnicianEnd>())
{
    const PeerSender send = peerSenderFor(*m_link);
    m_viewer = std::make_unique<ScreenViewer>(send);
    m_input = std::make_unique<ControlSender>(send);
    m_consent = std::make_unique<RemoteConsent>(send);
    m_chat = std::make_unique<Chat>(send, m_options.myName, tr("Customer"));
    // What the technician writes goes into the organisation's chat log too (route 0).
    m_chat->setLogger([this](const v1::ChatMessage& message) {
        if (!m_link || !m_link->isReady()) return;
        v1::Envelope envelope;
        *envelope.mutable_chat_log() = message;
        (void)m_link->notifyRelay(envelope);
    });
    FileTransfers::Options files;
    files.receiveFolder = m_options.receiveFolder.empty()
        ? std::filesystem::path(qEnvironmentVariable("HOME", QStringLiteral("/")).toStdString()) / "Downloads" / "Lifeline"
        : m_options.receiveFolder;
    files.allowed = [](FileTransfers::Need) { return false; };  // only what we asked for, only what we published
    m_files = std::make_unique<FileTransfers>(send, std::move(files));
    m_telemetry.path = QStringLiteral("relay %1:%2, TLS 1.3").arg(m_options.host).arg(m_options.port);

    m_link->setKeepaliveInterval(m_options.keepaliveMs);
    connect(m_link.get(), &RelayLink::peerFrame, this, &TechnicianSession::onPeerFrame);
    connect(m_link.get(), &RelayLink::sessionStateChanged, this, &TechnicianSession::onState);
    connect(m_link.get(), &RelayLink::failed, this, [this](const base::Error& error) {
        if (isEnded()) return;
        if (m_sessionId != 0) m_chat->addNotice(tr("Connection to the relay lost: %1").arg(QString::fromStdString(error.detail)));
        emit failed(error);
    });
    connect(m_link.get(), &RelayLink::ready, this, [this] {
        m_link->signInWithToken(m_options.resumeToken, [this](base::Result<v1::SignInResult> signedIn) {
            if (!signedIn) {
                emit failed(signedIn.error());
                return;
            }
            m_link->createSession(m_customerName, m_reference, [this](base::Result<v1::CreateSessionResult> made) {
                if (!made) {
                    emit failed(made.error());
                    return;
                }
                m_sessionId = made->session_id();
                m_state.set_session_id(m_sessionId);
                m_state.set_status(v1::SESSION_STATUS_WAITING);
                m_state.set_customer_name(m_customerName.toStdString());
                emit created(*made);
            });
        });
    });
    connect(m_viewer.get(), &ScreenViewer::pictureUpdated, this, [this] {
        if (m_clickPending) {
            m_clickPending = false;
            m_telemetry.clickToFrameMs = m_clickClock.elapsed();
        }
    });

    connect(m_consent.get(), &RemoteConsent::changed, this, &TechnicianSession::followClipboardConsent);

    m_telemetryTimer.setInterval(1000);
    connect(&m_telemetryTimer, &QTimer::timeout, this, &TechnicianSession::sampleTelemetry);
}

TechnicianSession::~TechnicianSession()
{
    m_clipboard.reset();  // these use the link's sender
    m_files.reset();
}

void TechnicianSession::create(const QString& customerName, const QString& reference)
{
    m_customerName = customerName;
    m_reference = reference;
    m_chat->setPeerName(customerName.isEmpty() ? tr("Customer") : customerName);
    m_link->connectToRelay(m_options.host, m_options.port, m_options.tls);
}

void TechnicianSession::end()
{
    if (m_sessionId != 0 && m_link->isReady() && !isEnded()) m_link->endSession(m_sessionId);
}

bool TechnicianSession::isEnded() const
{
    return isFinal(m_state.status());
}

SessionTelemetry TechnicianSession::telemetry() const
{
    return m_telemetry;
}

void TechnicianSession::noteButtonSent()
{
    m_clickPending = true;
    m_clickClock.start();
}

void TechnicianSession::onPeerFrame(const std::string& payload)
{
    auto envelope = protocol::parseEnvelope(payload);
    if (!envelope) {
        qWarning("session %llu: dropped a malformed frame from the customer: %s",
                 static_cast<unsigned long long>(m_sessionId), envelope.error().toString().c_str());
        return;
    }
    (void)(m_viewer->handle(*envelope) || m_input->handle(*envelope) || m_consent->handle(*envelope) ||
           m_chat->handle(*envelope) || m_files->handle(*envelope) || (m_clipboard && m_clipboard->handle(*envelope)));
}

void TechnicianSession::followClipboardConsent()
{
    const bool allowed = m_consent->isGranted(Permission::kClipboard);
    if (allowed && !m_clipboard && m_options.openClipboard) {
        auto opened = m_options.openClipboard();
        if (!opened) {
            emit clipboardFailed(opened.error());
            return;
        }
        m_clipboard = std::make_unique<ClipboardSync>(std::move(opened).value(), peerSenderFor(*m_link));
    }
    if (m_clipboard) m_clipboard->setAllowed(allowed);
}

void TechnicianSession::onState(const v1::SessionState& state)
{
    if (state.session_id() != m_sessionId) return;
    const bool wasActive = m_state.status() == v1::SESSION_STATUS_ACTIVE;
    m_state = state;  // (after a dropped line the applet asks for file transfers to resume)
    if (!state.customer_name().empty()) m_chat->setPeerName(QString::fromStdString(state.customer_name()));
    if (state.status() == v1::SESSION_STATUS_ACTIVE && !wasActive) {
        m_sinceSample.start();
        m_telemetryTimer.start();
        m_files->republish();
    }
    if (isFinal(state.status())) m_telemetryTimer.stop();
    emit stateChanged(state);
}

void TechnicianSession::sampleTelemetry()
{
    const double seconds = std::max<qint64>(1, m_sinceSample.restart()) / 1000.0;
    const quint64 frames = m_viewer->framesDecoded();
    const qint64 bytes = m_viewer->bytesReceived();
    m_telemetry.fps = double(frames - m_framesAtSample) / seconds;
    m_telemetry.kbitPerSecond = double(bytes - m_bytesAtSample) * 8.0 / 1000.0 / seconds;
    m_framesAtSample = frames;
    m_bytesAtSample = bytes;
    m_telemetry.framesDecoded = frames;
    m_telemetry.recoveries = m_viewer->recoveries();
    m_telemetry.roundTripMs = m_link->lastRoundTripMs();
    m_telemetry.codec = codecName(m_viewer->lastCodec());
    // Automatic sends text lossless inside the VP8 stream: say so, not just "VP8".
    if (m_viewer->lastQuality() == v1::QUALITY_MODE_AUTOMATIC && !m_telemetry.codec.isEmpty()) {
        m_telemetry.codec = QStringLiteral("lossless + %1").arg(m_telemetry.codec);
    }
    emit telemetryChanged(m_telemetry);
}

}  // namespace lifeline::session
