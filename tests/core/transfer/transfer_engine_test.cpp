// The file transfer engine on real files in a temporary folder: names and paths the peer
// may send, reading and writing with resume, verification, collisions, a full disk,
// compression of chunks and the send window.
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/transfer/chunk_codec.h"
#include "core/transfer/file_sink.h"
#include "core/transfer/file_source.h"
#include "core/transfer/path_sandbox.h"
#include "core/transfer/send_window.h"
#include "core/transfer/sha256.h"
#include "support/files.h"

namespace lifeline::transfer {
namespace {

namespace fs = std::filesystem;
using base::ErrorCode;

using test::TempDir;

std::vector<std::uint8_t> randomBytes(std::size_t n, std::uint32_t seed)
{
    std::mt19937 random(seed);
    std::vector<std::uint8_t> bytes(n);
    for (auto& b : bytes) b = std::uint8_t(random());
    return bytes;
}

void writeFile(const fs::path& path, std::span<const std::uint8_t> bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

std::vector<std::uint8_t> readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The part files and final files in a folder, by name.
std::vector<std::string> names(const fs::path& dir)
{
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(Sha256Test, KnownVectorAndCopiesContinueFromTheSameState)
{
    const std::string abc = "abc";
    EXPECT_EQ(toHex(Sha256::of({reinterpret_cast<const std::uint8_t*>(abc.data()), abc.size()})),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 prefix;
    prefix.update({reinterpret_cast<const std::uint8_t*>("ab"), 2});
    Sha256 whole = prefix;
    whole.update({reinterpret_cast<const std::uint8_t*>("c"), 1});
    EXPECT_EQ(whole.digest(), Sha256::of({reinterpret_cast<const std::uint8_t*>(abc.data()), 3}));
    EXPECT_EQ(prefix.digest(), Sha256::of({reinterpret_cast<const std::uint8_t*>("ab"), 2})) << "the copy did not disturb it";
}

TEST(PathSandboxTest, NamesAndPathsThePeerMaySend)
{
    EXPECT_TRUE(splitRelativePath("résumé/日本語 notes.txt").ok());
    EXPECT_EQ(splitRelativePath("a/b/c.txt")->size(), 3u);
    EXPECT_EQ(splitRelativePath("/etc/passwd").error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(splitRelativePath("a/../../etc").error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(splitRelativePath("..").error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(splitRelativePath("a//b").error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(splitRelativePath("a/./b").error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(splitRelativePath(std::string_view("a\0b", 3)).error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(validateName(std::string(256, 'x')).error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(validateName(std::string(255, 'x')).ok());
}

TEST(PathSandboxTest, SymlinksDevicesAndEscapesAreRefused)
{
    TempDir root;
    TempDir outside;
    writeFile(outside.path() / "secret.txt", randomBytes(10, 1));
    fs::create_directory(root.path() / "inbox");
    fs::create_directory_symlink(outside.path(), root.path() / "escape");
    fs::create_symlink(outside.path() / "secret.txt", root.path() / "inbox" / "link.txt");
    ASSERT_EQ(::mkfifo((root.path() / "pipe").c_str(), 0600), 0);
    auto sandbox = PathSandbox::open(root.path());
    ASSERT_TRUE(sandbox.ok());

    EXPECT_EQ(sandbox->resolve("escape/secret.txt").error().code, ErrorCode::kPermissionDenied) << "through a folder symlink";
    EXPECT_EQ(sandbox->resolve("escape/new.txt", true).error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(sandbox->resolve("inbox/link.txt").error().code, ErrorCode::kPermissionDenied) << "a symlink as the file";
    EXPECT_EQ(sandbox->resolve("pipe").error().code, ErrorCode::kPermissionDenied) << "a FIFO is not a file";
    EXPECT_EQ(sandbox->resolve("/etc/passwd").error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(sandbox->openFolder("escape").error().code, ErrorCode::kPermissionDenied);

    auto made = sandbox->resolve("new/deeper/file.txt", true);
    ASSERT_TRUE(made.ok()) << made.error().toString();
    EXPECT_TRUE(fs::is_directory(root.path() / "new" / "deeper"));
    EXPECT_EQ(made->name, "file.txt");
    EXPECT_FALSE(sandbox->resolve("missing/file.txt").ok()) << "parents are made only when asked";
}

TEST(FileSourceTest, ReadsNamesItsVersionAndNoticesChanges)
{
    TempDir dir;
    const auto bytes = randomBytes(300'000, 2);
    writeFile(dir.path() / "a.bin", bytes);
    auto sandbox = PathSandbox::open(dir.path());
    auto path = sandbox->resolve("a.bin");
    ASSERT_TRUE(path.ok());
    auto source = FileSource::open(*path);
    ASSERT_TRUE(source.ok()) << source.error().toString();
    EXPECT_EQ(source->size(), bytes.size());
    EXPECT_EQ(source->identity().size(), 32u);

    std::vector<std::uint8_t> buffer(kChunkBytes);
    auto got = source->read(bytes.size() - 100, buffer);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(*got, 100u) << "short only at the end";
    EXPECT_TRUE(std::equal(buffer.begin(), buffer.begin() + 100, bytes.end() - 100));
    EXPECT_EQ(source->hashPrefix(1000)->digest(), Sha256::of({bytes.data(), 1000}));
    EXPECT_TRUE(source->checkUnchanged().ok());

    // Someone writes to it while it is being sent.
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    writeFile(dir.path() / "a.bin", randomBytes(200'000, 3));
    EXPECT_EQ(source->checkUnchanged().error().code, ErrorCode::kSourceChanged);
    EXPECT_EQ(source->read(250'000, buffer).error().code, ErrorCode::kSourceChanged);
    auto again = FileSource::open(*sandbox->resolve("a.bin"));
    EXPECT_NE(again->identity(), source->identity()) << "a new version has a new name";
}

// Sends `bytes` into a sink in chunks from `from` to `to`.
void pour(FileSink& sink, const std::vector<std::uint8_t>& bytes, std::uint64_t from, std::uint64_t to)
{
    for (std::uint64_t at = from; at < to;) {
        const std::size_t n = std::size_t(std::min<std::uint64_t>(kChunkBytes, to - at));
        ASSERT_TRUE(sink.write(at, {bytes.data() + at, n}).ok());
        at += n;
    }
}

TEST(FileSinkTest, CompleteAndVerifiedBeforeItHasItsName)
{
    TempDir dir;
    auto sandbox = PathSandbox::open(dir.path());
    const auto bytes = randomBytes(1'000'000, 4);
    auto sink = FileSink::open(*sandbox, "reports/q3.pdf", bytes.size(), "0123abcd", Collision::kAsk);
    ASSERT_TRUE(sink.ok()) << sink.error().toString();
    EXPECT_EQ(sink->resumeOffset(), 0u);
    pour(*sink, bytes, 0, 500'000);
    EXPECT_FALSE(fs::exists(dir.path() / "reports" / "q3.pdf")) << "no half file under the final name";
    EXPECT_EQ(sink->write(400'000, {bytes.data(), 10}).error().code, ErrorCode::kProtocolError) << "out of order";
    pour(*sink, bytes, 500'000, bytes.size());
    auto name = sink->finish(Sha256::of(bytes));
    ASSERT_TRUE(name.ok()) << name.error().toString();
    EXPECT_EQ(*name, "q3.pdf");
    EXPECT_EQ(readFile(dir.path() / "reports" / "q3.pdf"), bytes);
    EXPECT_EQ(names(dir.path() / "reports"), std::vector<std::string>{"q3.pdf"}) << "no part file left";
}

TEST(FileSinkTest, WrongHashLeavesNothing)
{
    TempDir dir;
    auto sandbox = PathSandbox::open(dir.path());
    const auto bytes = randomBytes(100'000, 5);
    auto sink = FileSink::open(*sandbox, "x.bin", bytes.size(), "01", Collision::kAsk);
    pour(*sink, bytes, 0, bytes.size());
    auto wrong = bytes;
    wrong[5] ^= 1;
    EXPECT_EQ(sink->finish(Sha256::of(wrong)).error().code, ErrorCode::kCorruptData);
    EXPECT_TRUE(names(dir.path()).empty());
}

TEST(FileSinkTest, ResumesTheSameVersionAndRestartsForAnother)
{
    TempDir dir;
    auto sandbox = PathSandbox::open(dir.path());
    const auto bytes = randomBytes(700'000, 6);
    {
        auto first = FileSink::open(*sandbox, "big.iso", bytes.size(), "aaaa", Collision::kAsk);
        pour(*first, bytes, 0, 300'000);
    }  // the connection dropped
    auto second = FileSink::open(*sandbox, "big.iso", bytes.size(), "aaaa", Collision::kAsk);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->resumeOffset(), 300'000u);
    EXPECT_EQ(second->prefixDigest(), Sha256::of({bytes.data(), 300'000})) << "the proof the sender checks";
    pour(*second, bytes, 300'000, bytes.size());
    ASSERT_TRUE(second->finish(Sha256::of(bytes)).ok());
    EXPECT_EQ(readFile(dir.path() / "big.iso"), bytes);

    // A part of an older version is dropped when a new version comes: no mixing.
    const auto v2 = randomBytes(700'000, 7);
    {
        auto old = FileSink::open(*sandbox, "next.iso", v2.size(), "1111", Collision::kAsk);
        pour(*old, bytes, 0, 200'000);
    }
    auto fresh = FileSink::open(*sandbox, "next.iso", v2.size(), "2222", Collision::kAsk);
    EXPECT_EQ(fresh->resumeOffset(), 0u);
    EXPECT_EQ(names(dir.path()).size(), 2u) << "big.iso and the new part only";

    // The sender's prefix differs (its file is not what we have): start again.
    auto mismatch = FileSink::open(*sandbox, "other.bin", bytes.size(), "3333", Collision::kAsk);
    pour(*mismatch, v2, 0, 100'000);
    ASSERT_TRUE(mismatch->restart().ok());
    EXPECT_EQ(mismatch->resumeOffset(), 0u);
    pour(*mismatch, bytes, 0, bytes.size());
    EXPECT_TRUE(mismatch->finish(Sha256::of(bytes)).ok());
}

TEST(FileSinkTest, ExistingFilesAreAskedAboutOverwrittenOrKeptBoth)
{
    TempDir dir;
    auto sandbox = PathSandbox::open(dir.path());
    const auto old = randomBytes(1000, 8);
    const auto bytes = randomBytes(2000, 9);
    writeFile(dir.path() / "notes.txt", old);
    EXPECT_EQ(FileSink::open(*sandbox, "notes.txt", bytes.size(), "ab", Collision::kAsk).error().code, ErrorCode::kAlreadyExists);

    auto both = FileSink::open(*sandbox, "notes.txt", bytes.size(), "ab", Collision::kKeepBoth);
    pour(*both, bytes, 0, bytes.size());
    EXPECT_EQ(*both->finish(Sha256::of(bytes)), "notes (2).txt");
    EXPECT_EQ(readFile(dir.path() / "notes.txt"), old);
    EXPECT_EQ(readFile(dir.path() / "notes (2).txt"), bytes);

    auto over = FileSink::open(*sandbox, "notes.txt", bytes.size(), "cd", Collision::kOverwrite);
    pour(*over, bytes, 0, bytes.size());
    EXPECT_EQ(*over->finish(Sha256::of(bytes)), "notes.txt");
    EXPECT_EQ(readFile(dir.path() / "notes.txt"), bytes);
    EXPECT_EQ(numberedName(".bashrc", 2), ".bashrc (2)");
    EXPECT_EQ(numberedName("archive.tar.gz", 3), "archive.tar (3).gz");
}

TEST(FileSinkTest, PartialFilesOfAnyLengthAndOffsetsPast4GiB)
{
    TempDir dir;
    // A sparse 5 GiB file: offsets past 32 bits read right.
    const std::uint64_t big = 5ull << 30;
    {
        const int fd = ::open((dir.path() / "sparse.img").c_str(), O_CREAT | O_WRONLY, 0600);
        ASSERT_GE(fd, 0);
        const std::uint8_t mark[4] = {1, 2, 3, 4};
        ASSERT_EQ(::pwrite(fd, mark, 4, off_t(big - 4)), 4);
        ::close(fd);
    }
    auto sandbox = PathSandbox::open(dir.path());
    auto source = FileSource::open(*sandbox->resolve("sparse.img"));
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source->size(), big);
    std::vector<std::uint8_t> tail(kChunkBytes);
    auto got = source->read(big - 4, tail);
    ASSERT_TRUE(got.ok());
    ASSERT_EQ(*got, 4u);
    EXPECT_EQ(tail[3], 4);
    // A sink of that size takes a chunk at an offset past 4 GiB (resuming there).
    auto sink = FileSink::open(*sandbox, "copy.img", big, "ee", Collision::kAsk);
    ASSERT_TRUE(sink.ok());
    EXPECT_EQ(sink->write(big - 4, {tail.data(), 4}).error().code, ErrorCode::kProtocolError) << "must follow what it has";
    sink->abandon();
    EXPECT_EQ(names(dir.path()), std::vector<std::string>{"sparse.img"});
}

TEST(FileSinkTest, AFullDiskIsAClearErrorAndLeavesNoHalfFile)
{
    // A 1 MiB tmpfs of our own (a private mount namespace in a child process).
    TempDir dir;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const bool root = ::getuid() == 0;
        if (::unshare(root ? CLONE_NEWNS : CLONE_NEWUSER | CLONE_NEWNS) != 0) ::_exit(10);
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 && root) ::_exit(11);
        if (::mount("tmpfs", dir.path().c_str(), "tmpfs", 0, "size=1m") != 0) ::_exit(12);
        auto sandbox = PathSandbox::open(dir.path());
        const auto bytes = randomBytes(3 << 20, 10);
        auto sink = FileSink::open(*sandbox, "too-big.bin", bytes.size(), "ff", Collision::kAsk);
        if (!sink) ::_exit(13);
        base::Status status;
        for (std::uint64_t at = 0; at < bytes.size() && status.ok(); at += kChunkBytes) {
            status = sink->write(at, {bytes.data() + at, kChunkBytes});
        }
        if (status.ok() || status.error().code != ErrorCode::kDiskFull) ::_exit(14);
        if (!names(dir.path()).empty()) ::_exit(15);  // neither the final name nor a part
        ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10-12: no tmpfs could be made; 13: open; 14: not DISK_FULL; 15: file left";
}

TEST(ChunkCodecTest, DeflatesWhereItHelpsAndInflatesOnlyToTheStatedSize)
{
    std::vector<std::uint8_t> text(kChunkBytes);
    for (std::size_t i = 0; i < text.size(); ++i) text[i] = std::uint8_t("log line 42: all good\n"[i % 22]);
    ChunkCompressor compressor;
    EncodedChunk encoded = compressor.encode(text);
    EXPECT_TRUE(encoded.deflated);
    EXPECT_LT(encoded.bytes.size(), text.size() / 10);
    EXPECT_EQ(*inflateChunk(encoded.bytes, text.size()), text);

    // Random data does not shrink: sent as is, and after four tries no more tries.
    ChunkCompressor noisy;
    for (int i = 0; i < 4; ++i) EXPECT_FALSE(noisy.encode(randomBytes(kChunkBytes, 20 + i)).deflated);
    EXPECT_FALSE(noisy.isTrying());
    EXPECT_TRUE(looksCompressed("Photos.ZIP"));
    EXPECT_TRUE(looksCompressed("clip.mp4"));
    EXPECT_FALSE(looksCompressed("server.log"));
    EXPECT_FALSE(looksCompressed(".zip"));

    // A bomb: a chunk that says 1000 bytes but inflates to more is refused; so is garbage.
    EXPECT_EQ(inflateChunk(encoded.bytes, 1000).error().code, ErrorCode::kCorruptData);
    EXPECT_EQ(inflateChunk(randomBytes(100, 30), 1000).error().code, ErrorCode::kCorruptData);
    EXPECT_EQ(inflateChunk(encoded.bytes, kChunkBytes + 1).error().code, ErrorCode::kCorruptData);
}

// A path of `rate` bytes/s through a bottleneck with a queue in front of it, and a round
// trip of `rtt` besides: the sender keeps what its window allows in flight, in the chunks it
// chooses; each is acknowledged when it has crossed the bottleneck and the round trip.
struct PathRun
{
    double throughput = 0;        // bytes/s over the last half of the run
    double worstQueueMs = 0;      // the longest a chunk waited in the queue, same half
    std::size_t window = 0;       // at the end
    std::size_t biggestChunk = 0;
};

PathRun runPath(double rate, std::chrono::milliseconds rtt, std::chrono::seconds length)
{
    using Clock = SendWindow::Clock;
    SendWindow window(kChunkBytes);
    const Clock::time_point start{};
    const Clock::time_point half = start + length / 2;
    const Clock::time_point end = start + length;
    struct Chunk
    {
        Clock::time_point sent, acked;
        std::size_t bytes;
        double queuedMs;
    };
    std::deque<Chunk> inFlight;
    std::size_t inFlightBytes = 0;
    Clock::time_point now = start;
    Clock::time_point linkFree = start;
    PathRun run;
    double lateBytes = 0;
    while (now < end) {
        while (inFlightBytes < window.windowBytes()) {
            const std::size_t bytes = window.chunkBytes();
            run.biggestChunk = std::max(run.biggestChunk, bytes);
            const Clock::time_point begins = std::max(now, linkFree);
            linkFree = begins + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(double(bytes) / rate));
            inFlight.push_back({now, linkFree + rtt, bytes, std::chrono::duration<double, std::milli>(begins - now).count()});
            inFlightBytes += bytes;
        }
        const Chunk chunk = inFlight.front();
        inFlight.pop_front();
        inFlightBytes -= chunk.bytes;
        now = chunk.acked;
        window.acknowledged(chunk.bytes, chunk.acked - chunk.sent, now);
        if (now >= half) {
            lateBytes += double(chunk.bytes);
            run.worstQueueMs = std::max(run.worstQueueMs, chunk.queuedMs);
        }
    }
    run.throughput = lateBytes / std::chrono::duration<double>(end - half).count();
    run.window = window.windowBytes();
    return run;
}

TEST(SendWindowTest, FillsASlowLineAndKeepsItsQueueShort)
{
    // 20 Mbit/s, 40 ms: the line of issue 16's responsiveness target.
    const double rate = 20e6 / 8;
    const PathRun run = runPath(rate, std::chrono::milliseconds(40), std::chrono::seconds(30));
    EXPECT_GE(run.throughput, 0.95 * rate) << "the line stays full";
    EXPECT_LE(run.worstQueueMs, 30) << "a keystroke behind the file waits little";
    EXPECT_LE(run.biggestChunk, 16u * 1024) << "no chunk holds the line for long";
}

TEST(SendWindowTest, FillsFastAndLongPaths)
{
    const double rate = 100e6;  // 100 MB/s
    const PathRun far = runPath(rate, std::chrono::milliseconds(150), std::chrono::seconds(20));
    EXPECT_GE(far.throughput, 0.95 * rate) << "150 ms at 100 MB/s";
    EXPECT_LE(double(far.window), rate * 0.2) << "the BDP and a little, not a standing queue";
    EXPECT_EQ(far.biggestChunk, kChunkBytes);
    const PathRun near = runPath(rate, std::chrono::milliseconds(1), std::chrono::seconds(5));
    EXPECT_GE(near.throughput, 0.95 * rate) << "1 ms at 100 MB/s";
    EXPECT_LT(near.window, far.window / 5) << "a short round trip needs a small window";
    EXPECT_GE(near.window, 4 * kChunkBytes);
    EXPECT_LE(runPath(10e9, std::chrono::milliseconds(500), std::chrono::seconds(10)).window, SendWindow::kMaxWindow);
}

}  // namespace
}  // namespace lifeline::transfer
