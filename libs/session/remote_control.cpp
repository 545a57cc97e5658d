#include "session/remote_control.h"

#include <chrono>
#include <variant>

#include "core/protocol/input_event.h"

namespace lifeline::session {

RemoteControl::RemoteControl(std::unique_ptr<input::InputInjector> injector, PeerSender send, Options options,
    QObject* parent)
    : QObject(parent), m_injector(std::move(injector)), m_send(std::move(send)), m_options(options)
{
    connect(&m_pollTimer, &QTimer::timeout, this, &RemoteControl::pollLocalInput);
}

RemoteControl::~RemoteControl()
{
    m_injector->releaseAll();
}

void RemoteControl::setGranted(bool granted)
{
    if (granted == m_granted) return;
    m_granted = granted;
    if (granted) {
        (void)m_injector->takeLocalInput();  // what happened before does not count
        m_sinceLocalInput.invalidate();
        m_pollTimer.start(m_options.localInputPollMs);
    } else {
        m_pollTimer.stop();
        m_injector->releaseAll();
    }
    sendState();
}

bool RemoteControl::isPausedByCustomer() const
{
    return m_sinceLocalInput.isValid() && m_sinceLocalInput.elapsed() < m_options.pauseAfterLocalInputMs;
}

void RemoteControl::pollLocalInput()
{
    if (m_injector->takeLocalInput()) {
        if (!isPausedByCustomer()) m_injector->releaseAll();  // the customer takes over now
        m_sinceLocalInput.start();
    }
    if (isPausedByCustomer() != m_lastSentPaused) sendState();
}

void RemoteControl::sendState()
{
    m_lastSentPaused = isPausedByCustomer();
    v1::Envelope envelope;
    envelope.mutable_control_state()->set_granted(m_granted);
    envelope.mutable_control_state()->set_paused_by_customer(m_lastSentPaused);
    (void)m_send(envelope, protocol::TrafficClass::kControl);
}

bool RemoteControl::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_input_event()) return false;
    if (!m_granted) {
        ++m_refused;
        return true;
    }
    // Look at the customer's own input before obeying the technician's.
    pollLocalInput();
    auto command = protocol::decodeInputEvent(envelope.input_event());
    if (!command || isPausedByCustomer()) {
        ++m_refused;
        return true;
    }
    base::Status status;
    if (const auto* p = std::get_if<protocol::PointerInput>(&*command)) {
        status = m_injector->movePointer(p->position);
        if (status && p->button != 0) status = m_injector->button(p->button, p->down);
    } else if (const auto* w = std::get_if<protocol::WheelInput>(&*command)) {
        status = m_injector->wheel(w->dx, w->dy);
    } else if (const auto* k = std::get_if<protocol::KeyInput>(&*command)) {
        status = m_injector->key(k->keysym, k->physicalCode, k->down);
    } else if (const auto* s = std::get_if<protocol::SpecialKeysInput>(&*command)) {
        status = m_injector->sendSpecialKeys(input::SpecialKeys(s->keys));
    }
    if (!status) {
        ++m_refused;
        return true;
    }
    ++m_injected;
    emit injectedEvent(envelope.input_event().sent_time_us());
    return true;
}

ControlSender::ControlSender(PeerSender send, int motionIntervalMs, QObject* parent)
    : QObject(parent), m_send(std::move(send))
{
    m_motionTimer.setSingleShot(true);
    m_motionTimer.setInterval(motionIntervalMs);
    connect(&m_motionTimer, &QTimer::timeout, this, [this] {
        if (!m_pendingMotion) return;
        (void)flushMotion();
        m_motionTimer.start();  // at most one motion event per interval
    });
}

base::Status ControlSender::send(v1::InputEvent event)
{
    // The machine's monotonic clock, so a process holding both ends (tests, benchmarks) can
    // compare it with its own; the customer's end only passes it on.
    event.set_sent_time_us(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
    v1::Envelope envelope;
    *envelope.mutable_input_event() = std::move(event);
    return m_send(envelope, protocol::TrafficClass::kControl);
}

base::Status ControlSender::flushMotion()
{
    if (!m_pendingMotion) return {};
    v1::InputEvent event;
    event.mutable_pointer()->set_x(m_pendingMotion->x);
    event.mutable_pointer()->set_y(m_pendingMotion->y);
    m_pendingMotion.reset();
    ++m_motionSent;
    return send(std::move(event));
}

base::Status ControlSender::movePointer(base::Point position)
{
    const bool first = !m_pendingMotion && !m_motionTimer.isActive();
    m_pendingMotion = position;
    if (first) {
        // The first move after a pause goes at once; later ones wait for the next tick.
        m_motionTimer.start();
        return flushMotion();
    }
    if (!m_motionTimer.isActive()) m_motionTimer.start();
    return {};
}

base::Status ControlSender::button(base::Point position, int button, bool down)
{
    m_pendingMotion.reset();  // the click carries the position
    v1::InputEvent event;
    event.mutable_pointer()->set_x(position.x);
    event.mutable_pointer()->set_y(position.y);
    event.mutable_pointer()->set_button(std::uint32_t(button));
    event.mutable_pointer()->set_down(down);
    return send(std::move(event));
}

base::Status ControlSender::wheel(int dx, int dy)
{
    if (base::Status s = flushMotion(); !s) return s;
    v1::InputEvent event;
    event.mutable_wheel()->set_dx(dx);
    event.mutable_wheel()->set_dy(dy);
    return send(std::move(event));
}

base::Status ControlSender::key(std::uint32_t keysym, std::uint32_t physicalCode, bool down)
{
    if (base::Status s = flushMotion(); !s) return s;
    v1::InputEvent event;
    event.mutable_key()->set_keysym(keysym);
    event.mutable_key()->set_physical_code(physicalCode);
    event.mutable_key()->set_down(down);
    return send(std::move(event));
}

base::Status ControlSender::specialKeys(v1::SpecialKeys keys)
{
    if (base::Status s = flushMotion(); !s) return s;
    v1::InputEvent event;
    event.set_special_keys(keys);
    return send(std::move(event));
}

bool ControlSender::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_control_state()) return false;
    m_state = envelope.control_state();
    emit controlStateChanged();
    return true;
}

}  // namespace lifeline::session
