#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"

namespace lifeline::server {

// Six decimal digits from OpenSSL's CSPRNG, uniform over 000000-999999 (rejection
// sampling, no modulo bias). Leading zeros are part of the PIN.
[[nodiscard]] base::Result<std::string> generatePin();
bool isWellFormedPin(std::string_view pin);

}  // namespace lifeline::server
