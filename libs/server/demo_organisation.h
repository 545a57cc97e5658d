#pragma once

#include <string>

#include "core/base/result.h"
#include "server/store.h"

namespace lifeline::server {

// Fills an empty organisation with something to look at in the demo (`tools/demo`):
//   Support (everyday permissions) ─┬─ Tier 1 (inherits) ── Night shift (inherits)
//                                   └─ Tier 2 (also reboot and recording)
//   Sales (chat and viewing only, locked by the master administrator)
// with technicians in each, and an administrator who manages Support. Accounts get
// `password`. Does nothing when there are groups already (returns false then).
base::Result<bool> seedDemoOrganisation(Store& store, const std::string& password, qint64 nowMs);

}  // namespace lifeline::server
