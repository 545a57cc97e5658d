#include "session/remote_consent.h"

namespace lifeline::session {

namespace {

std::set<Permission> toSet(const google::protobuf::RepeatedField<int>& list)
{
    std::set<Permission> set;
    for (int value : list) {
        if (auto permission = permissionFromWire(value)) set.insert(*permission);
    }
    return set;
}

}  // namespace

RemoteConsent::RemoteConsent(PeerSender send, QObject* parent) : QObject(parent), m_send(std::move(send)) {}

base::Status RemoteConsent::request(Permission permission)
{
    v1::Envelope envelope;
    envelope.mutable_permission_request()->set_permission(toWire(permission));
    return m_send(envelope, protocol::TrafficClass::kControl);
}

base::Status RemoteConsent::release(Permission permission)
{
    v1::Envelope envelope;
    envelope.mutable_permission_release()->set_permission(toWire(permission));
    return m_send(envelope, protocol::TrafficClass::kControl);
}

bool RemoteConsent::handle(const v1::Envelope& envelope)
{
    if (!envelope.has_permission_state()) return false;
    const v1::PermissionState& state = envelope.permission_state();
    m_granted = toSet(state.granted());
    m_pending = toSet(state.pending());
    const auto changed = permissionFromWire(state.changed());
    if (changed && v1::PermissionAnswer_IsValid(state.answer())) m_answers[*changed] = state.answer();
    emit this->changed(changed.value_or(Permission{}), state.answer());
    return true;
}

v1::PermissionAnswer RemoteConsent::lastAnswer(Permission permission) const
{
    auto it = m_answers.find(permission);
    return it == m_answers.end() ? v1::PERMISSION_ANSWER_UNSPECIFIED : it->second;
}

}  // namespace lifeline::session
