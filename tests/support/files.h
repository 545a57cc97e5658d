#pragma once

// Files for the file transfer tests: a temporary folder, files of random or text-like
// bytes, and a folder tree summed up by the SHA-256 of every file.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/transfer/sha256.h"

namespace lifeline::test {

// A folder under the system's temporary folder, removed with everything in it.
class TempDir
{
public:
    TempDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "lifeline-test-XXXXXX").string();
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// `size` bytes from `seed`: random (incompressible) or, with `text`, letters and newlines.
inline void writeFile(const std::filesystem::path& path, std::size_t size, std::uint32_t seed, bool text = false)
{
    std::filesystem::create_directories(path.parent_path());
    std::mt19937_64 random(seed);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    std::vector<char> block(1 << 16);
    for (std::size_t done = 0; done < size;) {
        if (text) {
            for (auto& c : block) c = "abcdefgh \n"[random() % 10];
        } else {
            for (std::size_t i = 0; i + 8 <= block.size(); i += 8) {
                const std::uint64_t word = random();
                std::memcpy(block.data() + i, &word, 8);
            }
        }
        const std::size_t n = std::min(block.size(), size - done);
        out.write(block.data(), std::streamsize(n));
        done += n;
    }
}

inline std::string sha256Of(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    transfer::Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in.read(buffer.data(), std::streamsize(buffer.size())) || in.gcount() > 0) {
        hash.update({reinterpret_cast<const std::uint8_t*>(buffer.data()), std::size_t(in.gcount())});
    }
    return transfer::toHex(hash.digest());
}

// Every file (relative path -> SHA-256) and folder ("<folder>") under `root`.
inline std::map<std::string, std::string> treeOf(const std::filesystem::path& root)
{
    std::map<std::string, std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        out[std::filesystem::relative(entry.path(), root).generic_string()] =
            entry.is_directory() ? "<folder>" : sha256Of(entry.path());
    }
    return out;
}

}  // namespace lifeline::test
