#include "session/customer_session.h"

#include <QDebug>

#include "session/clipboard_sync.h"
#include "session/file_transfers.h"
#include "session/screen_sharer.h"

namespace lifeline::session {

namespace fs = std::filesystem;

namespace {

using base::ErrorCode;
using base::makeError;

CustomerSession::EndCause causeOf(v1::EndReason reason)
{
    switch (reason) {
    case v1::END_REASON_TECHNICIAN_ENDED: return CustomerSession::EndCause::kTechnicianEnded;
    case v1::END_REASON_CUSTOMER_ENDED: return CustomerSession::EndCause::kCustomerLeft;
    case v1::END_REASON_TECHNICIAN_DISCONNECTED:
    case v1::END_REASON_TECHNICIAN_TIMED_OUT: return CustomerSession::EndCause::kTechnicianGone;
    case v1::END_REASON_CUSTOMER_DISCONNECTED:
    case v1::END_REASON_CUSTOMER_TIMED_OUT: return CustomerSession::EndCause::kConnectionLost;
    case v1::END_REASON_RELAY_SHUTDOWN: return CustomerSession::EndCause::kRelayShutdown;
    case v1::END_REASON_CONNECTING_TIMED_OUT:
    case v1::END_REASON_IDLE_TIMED_OUT: return CustomerSession::EndCause::kTimedOut;
    default: return CustomerSession::EndCause::kOther;
    }
}

}  // namespace

CustomerSession::CustomerSession(Options options, Devices devices, QObject* parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_devices(std::move(devices)),
      m_chat([this](const v1::Envelope& e, protocol::TrafficClass c) { return sendToPeer(e, c); },
             m_options.customerName, QString())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CustomerSession::retry);
    // What the customer writes goes into the organisation's chat log too (route 0).
    m_chat.setLogger([this](const v1::ChatMessage& message) {
        if (!m_link || !m_link->isReady()) return;
        v1::Envelope envelope;
        *envelope.mutable_chat_log() = message;
        (void)m_link->notifyRelay(envelope);
    });

    // Files: every message is checked against the customer's answers, whatever the console says.
    FileTransfers::Options files;
    const fs::path home = qEnvironmentVariable("HOME", QStringLiteral("/")).toStdString();
    files.receiveFolder = m_options.receiveFolder.empty() ? home / "Downloads" / "Lifeline" : m_options.receiveFolder;
    files.sharedFolder = m_options.sharedFolder.empty() ? home : m_options.sharedFolder;
    files.allowed = [this](FileTransfers::Need need) {
        if (!m_consent || m_state != State::kActive) return false;
        switch (need) {
        case FileTransfers::Need::kReceive: return m_consent->isGranted(Permission::kSendFiles);
        case FileTransfers::Need::kSend: return m_consent->isGranted(Permission::kReceiveFiles);
        case FileTransfers::Need::kManage: return m_consent->isGranted(Permission::kManageFiles);
        case FileTransfers::Need::kDownload: return m_consent->policy().allowed.count(Permission::kSendFiles) != 0;
        }
        return false;
    };
    m_files = std::make_unique<FileTransfers>(
        [this](const v1::Envelope& e, protocol::TrafficClass c) { return sendToPeer(e, c); }, std::move(files));
    if (m_options.captureThread) {
        m_captureAnchor = new QObject;
        m_captureAnchor->moveToThread(m_options.captureThread);
    }
}

CustomerSession::~CustomerSession()
{
    if (m_link) m_link->disconnect(this);
    m_files.reset();
    m_control.reset();  // before the sharer: a synthetic injector points into its capturer
    if (m_captureAnchor) {
        // The sharer and its capturer go on the thread they live on.
        QMetaObject::invokeMethod(
            m_captureAnchor,
            [sharer = m_sharer.release(), anchor = m_captureAnchor] {
                delete sharer;
                delete anchor;
            },
            Qt::BlockingQueuedConnection);
    }
}

void CustomerSession::setState(State state)
{
    if (m_state == state) return;
    m_state = state;
    emit stateChanged(state);
}

base::Status CustomerSession::sendToPeer(const v1::Envelope& envelope, protocol::TrafficClass trafficClass)
{
    if (!m_link || m_state == State::kReconnecting || m_state == State::kEnded) {
        return makeError(ErrorCode::kConnectionClosed, "not connected to the technician");
    }
    return m_link->sendToPeer(protocol::serializeEnvelope(envelope), trafficClass);
}

void CustomerSession::join(const QString& pin)
{
    if (m_state != State::kIdle && !(m_state == State::kEnded && m_endCause == EndCause::kJoinFailed)) return;
    m_pin = pin;
    m_endCause = EndCause::kNone;
    setState(State::kConnecting);
    connectLink();
}

void CustomerSession::connectLink()
{
    if (m_link) {
        m_link->disconnect(this);
        m_link.release()->deleteLater();  // may be the sender of the signal we are in
    }
    m_link = std::make_unique<CustomerEnd>();
    m_link->setKeepaliveInterval(m_options.keepaliveMs);
    connect(m_link.get(), &RelayLink::ready, this, &CustomerSession::onLinkReady);
    connect(m_link.get(), &RelayLink::failed, this, &CustomerSession::onLinkFailed);
    connect(m_link.get(), &RelayLink::sessionStateChanged, this, &CustomerSession::onSessionState);
    connect(m_link.get(), &RelayLink::peerFrame, this, &CustomerSession::onPeerFrame);
    m_link->connectToRelay(m_options.host, m_options.port, m_options.tls);
}

void CustomerSession::onLinkReady()
{
    auto done = [this, link = QPointer<CustomerEnd>(m_link.get())](base::Result<v1::JoinSessionResult> result) {
        if (!link || link != m_link.get()) return;  // an older attempt
        if (result) {
            onJoined(*result);
            return;
        }
        if (m_state == State::kReconnecting) {
            // The relay no longer knows the session: no point trying again. Anything else
            // (throttled, ...): a fresh attempt later, within the grace period.
            if (result.error().code == ErrorCode::kSessionNotFound || reconnectSecondsLeft() <= 0) {
                end(EndCause::kConnectionLost);
            } else {
                m_retryTimer.start(m_options.retryIntervalMs);
            }
            return;
        }
        m_joinError = result.error();
        end(EndCause::kJoinFailed);
    };
    if (m_state == State::kReconnecting) {
        m_link->rejoin(m_rejoinToken, std::move(done));
    } else {
        m_link->join(m_pin, m_options.customerName, std::move(done));
    }
}

void CustomerSession::onJoined(const v1::JoinSessionResult& result)
{
    m_rejoinToken = result.rejoin_token();
    if (m_state == State::kReconnecting) {
        setState(m_termsAccepted ? State::kActive : State::kTerms);
        m_chat.addNotice(tr("Connection restored."));
        m_files->linkRestored();  // transfers both ways go on where they stopped
        for (const auto& record : std::exchange(m_unsentRecords, {})) {
            v1::Envelope envelope;
            *envelope.mutable_consent_record() = record;
            (void)m_link->notifyRelay(envelope);
        }
        // Frames in flight were lost with the old link: sharing starts afresh (key frame), and
        // the technician learns where things stand.
        updateSharing();
        sendPermissionState(Permission{}, v1::PERMISSION_ANSWER_UNSPECIFIED);
        return;
    }
    m_info.sessionId = result.session_id();
    m_info.technician = QString::fromStdString(result.technician_nickname());
    m_info.organisation = QString::fromStdString(result.organisation_name());
    m_info.terms = QString::fromStdString(result.terms());
    m_info.policy = SessionPolicy::fromWire(result.policy());
    m_info.reconnectGraceSeconds = int(result.reconnect_grace_seconds());
    m_consent = std::make_unique<Consent>(m_info.policy);
    m_chat.setPeerName(m_info.technician);
    emit joined(m_info);
    if (m_info.terms.trimmed().isEmpty()) {
        m_termsAccepted = true;
        setState(State::kActive);
        openGate();
    } else {
        setState(State::kTerms);
    }
}

void CustomerSession::acceptTerms(bool accept)
{
    if (m_state != State::kTerms) return;
    // The relay keeps the answer (audit) and stops the connecting timeout with a yes.
    v1::ConsentRecord answer;
    answer.set_terms(true);
    answer.set_answer(accept ? v1::PERMISSION_ANSWER_GRANTED : v1::PERMISSION_ANSWER_DENIED);
    sendRecord(answer);
    if (!accept) {
        finish(EndCause::kDeclinedTerms);
        return;
    }
    m_termsAccepted = true;
    setState(State::kActive);
    openGate();
}

void CustomerSession::openGate()
{
    if (m_info.policy.singlePrompt && !m_singlePromptAsked) {
        m_singlePromptAsked = true;
        // Once, before anything: allowed everything but recording?
        bool anythingToAsk = false;
        for (Permission p : m_info.policy.allowed) anythingToAsk |= p != Permission::kRecording;
        if (anythingToAsk) {
            m_singlePromptOpen = true;
            emit singlePromptAsked();
            return;
        }
    }
    for (Permission permission : std::exchange(m_deferred, {})) onPermissionRequest(permission);
}

void CustomerSession::answerSinglePrompt(bool allowAll)
{
    if (!m_singlePromptOpen) return;
    m_singlePromptOpen = false;
    const std::size_t before = m_consent->decisions().size();
    m_consent->answerSinglePrompt(allowAll);
    for (std::size_t i = before; i < m_consent->decisions().size(); ++i) {
        record(m_consent->decisions()[i].permission, v1::PERMISSION_ANSWER_GRANTED);
    }
    if (allowAll) applyGrants();
    sendPermissionState(Permission{}, v1::PERMISSION_ANSWER_UNSPECIFIED);
    // Declined: each permission is asked when the technician first wants it.
    openGate();
}

void CustomerSession::onPermissionRequest(Permission permission)
{
    if (m_finishing) return;
    if (!m_termsAccepted || m_singlePromptOpen) {
        if (std::find(m_deferred.begin(), m_deferred.end(), permission) == m_deferred.end()) {
            m_deferred.push_back(permission);
        }
        return;
    }
    const bool alreadyPending = m_consent->isPending(permission);
    switch (m_consent->request(permission)) {
    case Consent::Outcome::kGranted:
        sendPermissionState(permission, v1::PERMISSION_ANSWER_GRANTED);
        break;
    case Consent::Outcome::kRefusedByPolicy:
        record(permission, v1::PERMISSION_ANSWER_REFUSED_BY_POLICY);
        sendPermissionState(permission, v1::PERMISSION_ANSWER_REFUSED_BY_POLICY);
        break;
    case Consent::Outcome::kAskCustomer:
        sendPermissionState(permission, v1::PERMISSION_ANSWER_PENDING);
        if (!alreadyPending) emit permissionAsked(permission);  // one dialog per question
        break;
    }
}

void CustomerSession::answer(Permission permission, bool allow)
{
    if (!m_consent || !m_consent->answer(permission, allow)) return;
    const bool granted = m_consent->isGranted(permission);
    const auto result = granted ? v1::PERMISSION_ANSWER_GRANTED : v1::PERMISSION_ANSWER_DENIED;
    record(permission, result);
    applyGrants();
    sendPermissionState(permission, result);
}

void CustomerSession::stop()
{
    if (!m_consent) return;
    std::vector<Permission> revoked;
    for (Permission p : kAllPermissions) {
        if (m_consent->isGranted(p)) revoked.push_back(p);
    }
    m_consent->revokeAll();
    m_deferred.clear();
    if (m_files->isActive()) m_files->cancelAll(makeError(ErrorCode::kPermissionDenied, "the customer pressed Stop"));
    for (Permission p : revoked) record(p, v1::PERMISSION_ANSWER_REVOKED);
    applyGrants();
    sendPermissionState(Permission{}, v1::PERMISSION_ANSWER_REVOKED);
}

void CustomerSession::release(Permission permission)
{
    if (!m_consent || m_finishing) return;
    std::erase(m_deferred, permission);
    const bool withdrawn = m_consent->withdraw(permission);
    const bool released = m_consent->revoke(permission);
    if (!withdrawn && !released) return;  // nothing to give back
    if (released) record(permission, v1::PERMISSION_ANSWER_RELEASED);
    applyGrants();  // (file transfers check the consent on every message)
    sendPermissionState(permission, v1::PERMISSION_ANSWER_RELEASED);
    if (withdrawn) emit questionWithdrawn(permission);
}

void CustomerSession::leave()
{
    if (m_state == State::kEnded || m_state == State::kIdle) return;
    finish(EndCause::kCustomerLeft);
}

void CustomerSession::finish(EndCause cause)
{
    if (m_finishing) return;
    if (!m_link || !m_link->isReady() || m_state == State::kReconnecting || m_state == State::kConnecting) {
        end(cause);
        return;
    }
    // Nothing more happens on this machine from now on; the session is over once the relay
    // says so (its CLOSED notice, or the link closing), so the EndSession is not lost to a
    // program that quits right after.
    m_finishing = true;
    m_finishCause = cause;
    if (m_consent) m_consent->revokeAll();
    m_deferred.clear();
    if (m_control) m_control->setGranted(false);
    if (m_clipboard) m_clipboard->setAllowed(false);
    updateSharing();
    emit permissionsChanged(0);
    m_link->endSession(m_info.sessionId);
    QTimer::singleShot(3000, this, [this] { end(m_finishCause); });  // the relay did not answer
}

base::Status CustomerSession::sendChat(const QString& text)
{
    if (m_state != State::kActive && m_state != State::kTerms) {
        return makeError(ErrorCode::kConnectionClosed, "not connected to the technician");
    }
    return m_chat.send(text);
}

bool CustomerSession::isSharingScreen() const
{
    return m_sharing;
}

void CustomerSession::applyGrants()
{
    const bool view = m_consent->isGranted(Permission::kViewScreen) || m_consent->isGranted(Permission::kControl);
    const bool control = m_consent->isGranted(Permission::kControl);
    const bool clipboard = m_consent->isGranted(Permission::kClipboard);
    auto failed = [this](Permission permission, const base::Error& error) {
        qWarning().noquote() << "applet: cannot" << permissionName(permission).data() << ":"
                             << error.toString().c_str();
        if (m_consent->revoke(permission)) record(permission, v1::PERMISSION_ANSWER_REVOKED);
        emit deviceFailed(permission, QString::fromStdString(error.detail));
    };

    if (view && !m_sharer) {
        base::Error openError = makeError(ErrorCode::kUnavailable, "no screen");
        if (m_devices.openCapturer) {
            // Opened and used on the capture thread when there is one.
            auto make = [&] {
                auto capturer = m_devices.openCapturer();
                if (!capturer) {
                    openError = capturer.error();
                    return;
                }
                m_sharer.reset(new ScreenSharer(std::move(capturer).value(), sharerSender()));
            };
            if (m_captureAnchor) {
                QMetaObject::invokeMethod(m_captureAnchor, make, Qt::BlockingQueuedConnection);
            } else {
                make();
            }
        }
        if (m_sharer) {
            connect(m_sharer.get(), &ScreenSharer::failed, this, [this](const base::Error& error) {
                for (Permission p : {Permission::kViewScreen, Permission::kControl}) {
                    if (m_consent->revoke(p)) record(p, v1::PERMISSION_ANSWER_REVOKED);
                }
                emit deviceFailed(Permission::kViewScreen, QString::fromStdString(error.detail));
                applyGrants();
                sendPermissionState(Permission::kViewScreen, v1::PERMISSION_ANSWER_REVOKED);
            });
        } else {
            failed(Permission::kViewScreen, openError);
            if (m_consent->revoke(Permission::kControl)) record(Permission::kControl, v1::PERMISSION_ANSWER_REVOKED);
        }
    }
    if (control && !m_control) {
        auto injector = m_devices.openInjector ? m_devices.openInjector()
                                               : makeError(ErrorCode::kUnavailable, "no input");
        if (injector) {
            m_control = std::make_unique<RemoteControl>(std::move(injector).value(),
                [this](const v1::Envelope& e, protocol::TrafficClass c) { return sendToPeer(e, c); },
                m_options.control);
        } else {
            failed(Permission::kControl, injector.error());
        }
    }
    if (clipboard && !m_clipboard && m_devices.openClipboard) {
        auto opened = m_devices.openClipboard();
        if (opened) {
            m_clipboard = std::make_unique<ClipboardSync>(std::move(opened).value(),
                [this](const v1::Envelope& e, protocol::TrafficClass c) { return sendToPeer(e, c); });
        } else {
            failed(Permission::kClipboard, opened.error());
        }
    }

    // Revocations first: input stops before anything else happens.
    if (m_control) m_control->setGranted(m_consent->isGranted(Permission::kControl));
    if (m_clipboard) m_clipboard->setAllowed(m_consent->isGranted(Permission::kClipboard));
    updateSharing();
    emit permissionsChanged(grantedMask());
}

void CustomerSession::updateSharing()
{
    const bool wanted = m_consent && m_state == State::kActive && !m_finishing &&
                        (m_consent->isGranted(Permission::kViewScreen) || m_consent->isGranted(Permission::kControl));
    if (!m_sharer || wanted == m_sharing) return;
    m_sharing = wanted;
    onSharer([wanted](ScreenSharer& sharer) {
        if (wanted) {
            sharer.start();
        } else {
            sharer.stop();
        }
    });
}

template <typename F>
void CustomerSession::onSharer(F call)
{
    if (!m_sharer) return;
    if (!m_captureAnchor) {
        call(*m_sharer);
        return;
    }
    QMetaObject::invokeMethod(m_sharer.get(), [sharer = m_sharer.get(), call = std::move(call)] { call(*sharer); },
                              Qt::QueuedConnection);
}

PeerSender CustomerSession::sharerSender()
{
    if (!m_captureAnchor) {
        return [this](const v1::Envelope& e, protocol::TrafficClass c) { return sendToPeer(e, c); };
    }
    // Called on the capture thread: the bytes go to the link on this (network) thread.
    return [this](const v1::Envelope& e, protocol::TrafficClass c) -> base::Status {
        QMetaObject::invokeMethod(
            this,
            [this, payload = protocol::serializeEnvelope(e), c] {
                if (m_link && m_state == State::kActive) (void)m_link->sendToPeer(payload, c);
            },
            Qt::QueuedConnection);
        return {};
    };
}

quint32 CustomerSession::grantedMask() const
{
    quint32 mask = 0;
    for (Permission p : kAllPermissions) {
        if (isGranted(p)) mask |= 1u << static_cast<int>(p);
    }
    return mask;
}

void CustomerSession::sendPermissionState(Permission changed, v1::PermissionAnswer answer)
{
    if (!m_consent) return;
    v1::Envelope envelope;
    auto* state = envelope.mutable_permission_state();
    for (Permission p : kAllPermissions) {
        if (m_consent->isGranted(p)) state->add_granted(toWire(p));
        if (m_consent->isPending(p)) state->add_pending(toWire(p));
    }
    state->set_changed(toWire(changed));
    state->set_answer(answer);
    (void)sendToPeer(envelope, protocol::TrafficClass::kControl);
}

void CustomerSession::record(Permission permission, v1::PermissionAnswer answer)
{
    v1::ConsentRecord record;
    record.set_permission(toWire(permission));
    record.set_answer(answer);
    sendRecord(record);
}

void CustomerSession::sendRecord(const v1::ConsentRecord& record)
{
    if (m_link && m_link->isReady() && m_state != State::kReconnecting) {
        v1::Envelope envelope;
        *envelope.mutable_consent_record() = record;
        if (m_link->notifyRelay(envelope)) return;
    }
    m_unsentRecords.push_back(record);
}

void CustomerSession::onPeerFrame(const std::string& payload)
{
    auto envelope = protocol::parseEnvelope(payload);
    if (!envelope) {
        ++m_malformed;  // a broken or hostile console: dropped, nothing else happens
        return;
    }
    if (envelope->has_permission_request()) {
        if (auto permission = permissionFromWire(envelope->permission_request().permission())) {
            onPermissionRequest(*permission);
        } else {
            ++m_malformed;
        }
        return;
    }
    if (envelope->has_permission_release()) {
        if (auto permission = permissionFromWire(envelope->permission_release().permission())) {
            release(*permission);
        } else {
            ++m_malformed;
        }
        return;
    }
    if (m_chat.handle(*envelope)) return;
    if (m_files->handle(*envelope)) return;  // each message checked against the consent
    if (envelope->has_video_ack() || envelope->has_screen_control()) {
        // Screen requests count only while the screen is shared.
        if (m_sharing) onSharer([message = std::move(*envelope)](ScreenSharer& sharer) { sharer.handle(message); });
        return;
    }
    if (envelope->has_input_event()) {
        if (m_control) {
            m_control->handle(*envelope);  // refuses unless control is granted right now
        } else {
            ++m_refusedInput;
        }
        return;
    }
    if (envelope->has_clipboard_data()) {
        if (m_clipboard) m_clipboard->handle(*envelope);  // refuses unless allowed
        return;
    }
}

void CustomerSession::onSessionState(const v1::SessionState& state)
{
    switch (state.status()) {
    case v1::SESSION_STATUS_CLOSED:
    case v1::SESSION_STATUS_EXPIRED:
    case v1::SESSION_STATUS_ABORTED:
        end(m_finishing ? m_finishCause : causeOf(state.end_reason()));
        break;
    default:
        break;
    }
}

void CustomerSession::onLinkFailed(const base::Error& error)
{
    if (m_state == State::kEnded) return;
    if (m_finishing) {
        end(m_finishCause);
        return;
    }
    const bool wasJoined = m_state == State::kActive || m_state == State::kTerms;
    if (m_state == State::kConnecting) {
        m_joinError = error;
        end(EndCause::kJoinFailed);
        return;
    }
    if (wasJoined) {
        if (m_rejoinToken.empty() || m_info.reconnectGraceSeconds <= 0) {
            end(EndCause::kConnectionLost);
            return;
        }
        m_reconnectClock.start();
        setState(State::kReconnecting);
        updateSharing();  // nothing to send it to; the grants stay
        m_chat.addNotice(tr("Connection lost. Reconnecting…"));
        qInfo().noquote() << "applet: link dropped (" << error.toString().c_str() << "), rejoining";
    }
    if (m_state == State::kReconnecting) {
        if (reconnectSecondsLeft() <= 0) {
            end(EndCause::kConnectionLost);
            return;
        }
        m_retryTimer.start(wasJoined ? 0 : m_options.retryIntervalMs);
    }
}

int CustomerSession::reconnectSecondsLeft() const
{
    if (m_state != State::kReconnecting) return 0;
    const qint64 left = qint64(m_info.reconnectGraceSeconds) * 1000 - m_reconnectClock.elapsed();
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void CustomerSession::retry()
{
    if (m_state != State::kReconnecting) return;
    if (reconnectSecondsLeft() <= 0) {
        end(EndCause::kConnectionLost);
        return;
    }
    connectLink();
}

void CustomerSession::end(EndCause cause)
{
    if (m_state == State::kEnded) return;
    m_endCause = cause;
    m_retryTimer.stop();
    // Nothing keeps running once the session is over.
    if (m_control) m_control->setGranted(false);
    if (m_clipboard) m_clipboard->setAllowed(false);
    if (m_consent) m_consent->revokeAll();
    if (m_link) {
        // Kept until the relay closes it, so an EndSession just queued still goes out.
        CustomerEnd* link = m_link.release();
        link->disconnect(this);
        link->setParent(this);
        connect(link, &RelayLink::failed, link, &QObject::deleteLater);
        QTimer::singleShot(5000, link, &QObject::deleteLater);
    }
    emit permissionsChanged(0);
    emit ended(cause, m_joinError);  // before the state, so the cause is known when it shows
    setState(State::kEnded);
    updateSharing();
}

}  // namespace lifeline::session
