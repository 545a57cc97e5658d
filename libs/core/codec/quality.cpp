#include "core/codec/quality.h"

#include <cmath>

namespace lifeline::codec {

double psnr(const base::Frame& a, const base::Frame& b)
{
    double squares = 0;
    for (std::size_t i = 0; i < a.pixels().size(); ++i) {
        const std::uint32_t p = a.pixels()[i];
        const std::uint32_t q = b.pixels()[i];
        for (int shift : {0, 8, 16}) {
            const double d = double((p >> shift) & 0xFF) - double((q >> shift) & 0xFF);
            squares += d * d;
        }
    }
    if (squares == 0) return INFINITY;
    const double mse = squares / (double(a.pixels().size()) * 3.0);
    return 10.0 * std::log10(255.0 * 255.0 / mse);
}

}  // namespace lifeline::codec
