#pragma once

#include <functional>

namespace lifeline::test {

// Runs the Qt event loop until `condition` holds or `timeoutMs` passes; returns whether
// it held. Tests wait on behaviour this way, never on fixed sleeps.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000);

// Runs the event loop for `ms` (for "nothing else happens" checks).
void spinFor(int ms);

}  // namespace lifeline::test
