#pragma once

#include <QObject>

#include <set>

#include "session/consent.h"
#include "session/peer_sender.h"

namespace lifeline::session {

// The technician's view of the customer's consent: asks for permissions (PermissionRequest)
// and follows the customer's answers (PermissionState). Only a mirror for the console's
// buttons — the customer's applet decides and enforces.
//
// Lives on the console's per-session worker thread (or a test's main thread).
class RemoteConsent : public QObject
{
    Q_OBJECT

public:
    explicit RemoteConsent(PeerSender send, QObject* parent = nullptr);

    base::Status request(Permission permission);
    // Gives a permission back, or withdraws a question still on the customer's screen.
    base::Status release(Permission permission);
    // Takes PermissionState; returns false for anything else.
    bool handle(const v1::Envelope& envelope);

    bool isGranted(Permission permission) const { return m_granted.count(permission) != 0; }
    bool isPending(Permission permission) const { return m_pending.count(permission) != 0; }
    // The last answer the customer's end gave about `permission` (UNSPECIFIED: none yet).
    v1::PermissionAnswer lastAnswer(Permission permission) const;

signals:
    void changed(lifeline::session::Permission permission, lifeline::v1::PermissionAnswer answer);

private:
    PeerSender m_send;
    std::set<Permission> m_granted;
    std::set<Permission> m_pending;
    std::map<Permission, v1::PermissionAnswer> m_answers;
};

}  // namespace lifeline::session
