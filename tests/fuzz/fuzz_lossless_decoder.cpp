// Fuzz target: the lossless picture decoder on untrusted updates (fuzz_decoder.h).
#include "core/codec/lossless_codec.h"
#include "fuzz_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return fuzzDecoder<lifeline::codec::LosslessDecoder>(data, size);
}
