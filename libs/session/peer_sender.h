#pragma once

#include <functional>

#include "core/base/result.h"
#include "core/protocol/envelope.h"
#include "core/protocol/outbound_queue.h"

namespace lifeline::session {

namespace v1 = ::lifeline::v1;

// How a session component sends a message to the paired end (route 1). In the apps and
// end-to-end tests it is RelayLink::sendToPeer over a serialised Envelope; unit tests
// connect two components directly. Called on the component's thread.
using PeerSender = std::function<base::Status(const v1::Envelope&, protocol::TrafficClass)>;

class RelayLink;
// A PeerSender over link; link must outlive every use of the sender.
PeerSender peerSenderFor(RelayLink& link);

}  // namespace lifeline::session
