#include "core/transfer/chunk_codec.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace lifeline::transfer {

using base::ErrorCode;
using base::makeError;

bool looksCompressed(std::string_view fileName)
{
    static constexpr std::array<std::string_view, 34> kExtensions = {
        "zip", "gz", "tgz", "xz", "txz", "zst", "bz2", "7z", "rar", "cab", "jar", "apk", "deb", "rpm", "msi",
        "jpg", "jpeg", "png", "gif", "webp", "heic", "mp3", "ogg", "opus", "aac", "m4a", "mp4", "mkv", "webm",
        "mov", "avi", "docx", "xlsx", "pptx"};
    const std::size_t dot = fileName.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= fileName.size()) return false;  // ".zip" is a name
    std::string extension(fileName.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

EncodedChunk ChunkCompressor::encode(std::span<const std::uint8_t> raw)
{
    if (m_trying && !raw.empty()) {
        uLongf length = compressBound(uLong(raw.size()));
        std::vector<std::uint8_t> deflated(length);
        if (compress2(deflated.data(), &length, raw.data(), uLong(raw.size()), 1) == Z_OK &&
            length <= raw.size() - raw.size() / 8) {
            m_misses = 0;
            deflated.resize(length);
            return {true, std::move(deflated)};
        }
        if (++m_misses >= 4) m_trying = false;
    }
    return {};  // as it is: the caller sends `raw` without a copy
}

base::Result<std::vector<std::uint8_t>> inflateChunk(std::span<const std::uint8_t> deflated, std::size_t rawSize)
{
    if (rawSize > kChunkBytes) return makeError(ErrorCode::kCorruptData, "chunk larger than allowed");
    std::vector<std::uint8_t> raw(rawSize);
    uLongf length = uLongf(rawSize);
    uLong consumed = uLong(deflated.size());
    const int status = uncompress2(raw.data(), &length, deflated.data(), &consumed);
    if (status != Z_OK || length != rawSize || consumed != deflated.size()) {
        return makeError(ErrorCode::kCorruptData, "file chunk does not inflate to its size");
    }
    return raw;
}

}  // namespace lifeline::transfer
