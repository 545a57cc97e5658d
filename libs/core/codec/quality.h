#pragma once

#include "core/base/frame.h"

namespace lifeline::codec {

// Peak signal-to-noise ratio of b against a over the R, G and B channels, in dB; +inf for
// identical pictures. Frames must have the same size. For tests, benchmarks and telemetry.
double psnr(const base::Frame& a, const base::Frame& b);

}  // namespace lifeline::codec
