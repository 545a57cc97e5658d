#pragma once

#include <cstdint>
#include <string>

#include "core/base/geometry.h"
#include "session/customer_session.h"

namespace lifeline::test {

// A synthetic desktop for a CustomerSession: the capturer (scene `scene`) is handed over on
// first use, the injector draws on the same screen. The session must then keep capture and
// injection on one thread (no captureThread when control is granted).
session::CustomerSession::Devices syntheticDevices(const std::string& scene = "typing",
                                                   base::Size size = {320, 200}, std::uint32_t seed = 3);

}  // namespace lifeline::test
