// Fuzz target: the VP8/VP9 picture decoder (its header, its lossless part and libvpx) on
// untrusted updates (fuzz_decoder.h).
#include "core/codec/vpx_codec.h"
#include "fuzz_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return fuzzDecoder<lifeline::codec::VpxDecoder>(data, size);
}
