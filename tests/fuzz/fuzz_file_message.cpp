// Fuzz target: file transfer messages from the peer — the Envelope, then what the
// receiving end does with a FileMessage's untrusted parts: every path of an offer through
// the path checks (nothing accepted may be absolute or climb out), and a chunk's data
// through the bounded inflate (never more than it claims) into a part file of the size
// the offer claims (never written past it); published names (one plain name, or refused).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "core/protocol/envelope.h"
#include "core/transfer/chunk_codec.h"
#include "core/transfer/file_sink.h"
#include "core/transfer/path_sandbox.h"

namespace {

const std::filesystem::path& scratch()
{
    static const std::filesystem::path dir = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "lifeline-fuzz-XXXXXX").string();
        return std::filesystem::path(::mkdtemp(pattern.data()));
    }();
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace lifeline;
    auto parsed = protocol::parseEnvelope(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parsed || !parsed->has_file()) return 0;
    const v1::FileMessage& m = parsed->file();
    if (m.has_offer()) {
        for (const v1::FileEntry& entry : m.offer().entries()) {
            auto names = transfer::splitRelativePath(entry.path());
            if (!names) continue;
            for (const std::string& name : *names) {
                if (name.empty() || name == ".." || name == "." || name.find('/') != std::string::npos) __builtin_trap();
            }
        }
    }
    if (m.has_publish()) {
        // A published name the customer's end would show and save under: one name, no way out.
        for (const v1::PublishedFile& file : m.publish().files()) {
            if (!transfer::isPlainFileName(file.name())) continue;
            auto names = transfer::splitRelativePath(file.name());
            if (!names || names->size() != 1 || (*names)[0] != file.name()) __builtin_trap();
        }
    }
    if (m.has_chunk()) {
        const v1::FileChunk& chunk = m.chunk();
        std::vector<std::uint8_t> raw;
        if (chunk.deflated()) {
            auto inflated = transfer::inflateChunk(
                {reinterpret_cast<const std::uint8_t*>(chunk.data().data()), chunk.data().size()}, chunk.raw_size());
            if (!inflated) return 0;
            if (inflated->size() != chunk.raw_size() || inflated->size() > transfer::kChunkBytes) __builtin_trap();
            raw = std::move(*inflated);
        } else {
            raw.assign(chunk.data().begin(), chunk.data().end());
        }
        // Into a small part file whose size the (fuzzed) index claims.
        static auto sandbox = transfer::PathSandbox::open(scratch());
        const std::uint64_t claimed = chunk.index() % (1u << 20);
        auto sink = transfer::FileSink::open(*sandbox, "part.bin", claimed, "ab", transfer::Collision::kOverwrite);
        if (!sink) return 0;
        (void)sink->restart();
        if (sink->write(chunk.offset(), raw).ok() && (chunk.offset() != 0 || raw.size() > claimed)) __builtin_trap();
        sink->abandon();
    }
    return 0;
}
