// Two ends' FileTransfers joined by a line the test controls: every message waits in the
// line until the test delivers it, so the test can cut the line at any point (the
// messages in it are lost) and see the transfer resume.
#include <sys/stat.h>

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/transfer/chunk_codec.h"
#include "core/transfer/sha256.h"
#include "support/files.h"
#include "session/file_transfers.h"

namespace lifeline::session {
namespace {

namespace fs = std::filesystem;
using base::ErrorCode;

using test::TempDir;
using test::writeFile;

// The line between the two ends.
struct Line
{
    struct Message
    {
        bool toCustomer;
        v1::Envelope envelope;
        protocol::TrafficClass trafficClass;
    };
    std::deque<Message> queue;
    bool up = true;
    quint64 chunkBytes = 0;  // raw bytes of file data put on the line

    PeerSender senderTo(bool toCustomer)
    {
        return [this, toCustomer](const v1::Envelope& envelope, protocol::TrafficClass trafficClass) -> base::Status {
            if (!up) return base::makeError(ErrorCode::kConnectionClosed, "line down");
            if (envelope.file().has_chunk()) chunkBytes += envelope.file().chunk().raw_size();
            queue.push_back({toCustomer, envelope, trafficClass});
            return {};
        };
    }
};

struct Pair
{
    explicit Pair(FileTransfers::Options customerOptions = {}, FileTransfers::Options technicianOptions = {})
    {
        if (technicianOptions.receiveFolder.empty()) technicianOptions.receiveFolder = techInbox.path();
        if (customerOptions.receiveFolder.empty()) customerOptions.receiveFolder = customerInbox.path();
        if (customerOptions.sharedFolder.empty()) customerOptions.sharedFolder = customerShare.path();
        // As TechnicianSession: only what it asked for, only what it published.
        if (!technicianOptions.allowed) technicianOptions.allowed = [](FileTransfers::Need) { return false; };
        technician = std::make_unique<FileTransfers>(line.senderTo(true), technicianOptions);
        customer = std::make_unique<FileTransfers>(line.senderTo(false), customerOptions);
        for (FileTransfers* end : {technician.get(), customer.get()}) {
            QObject::connect(end, &FileTransfers::finished, [this, end](quint64 id, bool ok, const base::Error& error) {
                (end == technician.get() ? technicianFinished : customerFinished)[id] = {ok, error};
            });
            QObject::connect(end, &FileTransfers::fileFailed, [this](quint64, const QString& path, const base::Error& error) {
                failures.emplace_back(path.toStdString(), error.code);
            });
        }
    }

    // Delivers messages until the line is empty or `limit` were delivered (letting the
    // ends' event loop run between, as it does between a connection's reads: the
    // receiver's acknowledgements go out then).
    int deliver(int limit = 1'000'000)
    {
        int n = 0;
        while (n < limit) {
            if (line.queue.empty()) QCoreApplication::processEvents();
            if (line.queue.empty()) break;
            Line::Message m = std::move(line.queue.front());
            line.queue.pop_front();
            EXPECT_TRUE((m.toCustomer ? customer : technician)->handle(m.envelope));
            ++n;
        }
        return n;
    }
    // The connection drops: whatever was on the way is lost. Returns the file data lost.
    quint64 cut()
    {
        quint64 lost = 0;
        for (const auto& m : line.queue) {
            if (m.envelope.file().has_chunk()) lost += m.envelope.file().chunk().raw_size();
        }
        line.queue.clear();
        return lost;
    }

    TempDir techInbox, customerInbox, customerShare, source;
    Line line;
    std::unique_ptr<FileTransfers> technician, customer;
    std::map<quint64, std::pair<bool, base::Error>> technicianFinished, customerFinished;
    std::vector<std::pair<std::string, ErrorCode>> failures;
};

TEST(FileTransfersTest, AFolderTreeArrivesWholeWithEmptyFilesAndUnicodeNames)
{
    Pair pair;
    const fs::path folder = pair.source.path() / "Støtte 支持";
    writeFile(folder / "empty.txt", 0, 1);
    writeFile(folder / "logs" / "app.log", 700'000, 2, true);
    writeFile(folder / "logs" / "deep" / "nested" / "crash.dmp", 3'000'000, 3);
    writeFile(folder / "résumé.pdf", 100'000, 4);
    fs::create_directories(folder / "empty folder");
    writeFile(pair.source.path() / "patch.bin", 1'234'567, 5);

    auto id = pair.technician->send({folder, pair.source.path() / "patch.bin"});
    ASSERT_TRUE(id.ok()) << id.error().toString();
    pair.deliver();
    ASSERT_EQ(pair.technicianFinished.count(*id), 1u);
    EXPECT_TRUE(pair.technicianFinished[*id].first) << pair.technicianFinished[*id].second.toString();
    EXPECT_TRUE(pair.customerFinished[*id].first);
    EXPECT_TRUE(pair.failures.empty());

    auto sent = test::treeOf(pair.source.path());
    EXPECT_EQ(test::treeOf(pair.customerInbox.path()), sent);
    EXPECT_LT(pair.line.chunkBytes, 5'100'000u) << "each byte once";
    EXPECT_LT(pair.technician->bytesSentTotal(), 5'034'567u - 300'000u) << "the log compressed on the wire";
}

TEST(FileTransfersTest, CutLinesResumeFromWhatTheReceiverProvesAndResendAtMostAWindow)
{
    Pair pair;
    writeFile(pair.source.path() / "big.iso", 20'000'000, 6);
    writeFile(pair.source.path() / "small.txt", 5000, 7, true);
    auto id = pair.technician->send({pair.source.path() / "big.iso", pair.source.path() / "small.txt"});
    ASSERT_TRUE(id.ok());
    std::mt19937 random(42);
    int cuts = 0;
    quint64 lost = 0;
    while (pair.technicianFinished.count(*id) == 0 && cuts < 6) {
        pair.deliver(int(20 + random() % 200));
        lost += pair.cut();
        ++cuts;
        pair.technician->resumeOutgoing();
    }
    pair.deliver();
    ASSERT_EQ(pair.technicianFinished.count(*id), 1u);
    EXPECT_TRUE(pair.technicianFinished[*id].first) << pair.technicianFinished[*id].second.toString();
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "big.iso"), test::sha256Of(pair.source.path() / "big.iso"));
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "small.txt"), test::sha256Of(pair.source.path() / "small.txt"));
    EXPECT_EQ(fs::directory_entry(pair.customerInbox.path()).exists() ? test::treeOf(pair.customerInbox.path()).size() : 0u, 2u)
        << "no part files left";
    // Only what was on the line at a cut goes again (at most a window each time): what the
    // receiver had written it proved, and was not sent again.
    const quint64 resent = pair.line.chunkBytes - 20'005'000u;
    EXPECT_LE(resent, lost);
    EXPECT_LE(lost, quint64(cuts) * transfer::SendWindow::kMaxWindow);
}

TEST(FileTransfersTest, AChangedSourceIsDetectedAndNothingIsSavedUnderItsName)
{
    Pair pair;
    const fs::path file = pair.source.path() / "growing.log";
    writeFile(file, 2'000'000, 8);
    auto id = pair.technician->send({file});
    pair.deliver(10);  // under way
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    {
        std::ofstream append(file, std::ios::app);
        append << "one more line\n";
    }
    pair.deliver();
    ASSERT_EQ(pair.failures.size(), 2u) << "both ends report it";
    EXPECT_EQ(pair.failures[0].second, ErrorCode::kSourceChanged);
    EXPECT_FALSE(fs::exists(pair.customerInbox.path() / "growing.log"));
    EXPECT_TRUE(test::treeOf(pair.customerInbox.path()).empty()) << "no part file either";
}

TEST(FileTransfersTest, TheCustomersEndRefusesWhatItWasNotAllowed)
{
    bool mayReceive = false;
    bool mayManage = false;
    FileTransfers::Options customer;
    customer.allowed = [&](FileTransfers::Need need) {
        return need == FileTransfers::Need::kReceive ? mayReceive : mayManage;
    };
    Pair pair(customer);
    writeFile(pair.source.path() / "tool.exe", 500'000, 9);
    auto refused = pair.technician->send({pair.source.path() / "tool.exe"});
    pair.deliver();
    ASSERT_EQ(pair.technicianFinished.count(*refused), 1u);
    EXPECT_FALSE(pair.technicianFinished[*refused].first);
    EXPECT_EQ(pair.technicianFinished[*refused].second.code, ErrorCode::kPermissionDenied);
    EXPECT_TRUE(test::treeOf(pair.customerInbox.path()).empty());

    // A console that skips the question and sends chunks anyway: nothing is written.
    v1::Envelope forged;
    forged.mutable_file()->set_transfer_id(*refused);
    forged.mutable_file()->mutable_chunk()->set_index(0);
    forged.mutable_file()->mutable_chunk()->set_data("MZ evil");
    forged.mutable_file()->mutable_chunk()->set_raw_size(7);
    EXPECT_TRUE(pair.customer->handle(forged));
    EXPECT_TRUE(test::treeOf(pair.customerInbox.path()).empty());

    // Allowed, then revoked mid-way (Stop): the rest is refused, no file appears.
    mayReceive = true;
    auto allowed = pair.technician->send({pair.source.path() / "tool.exe"});
    pair.deliver(6);
    mayReceive = false;
    pair.deliver();
    EXPECT_FALSE(pair.technicianFinished[*allowed].first);
    EXPECT_EQ(pair.technicianFinished[*allowed].second.code, ErrorCode::kPermissionDenied);
    EXPECT_FALSE(fs::exists(pair.customerInbox.path() / "tool.exe"));

    // File manager without the permission.
    v1::FileOperation list;
    list.set_list("");
    std::optional<v1::FileOperationResult> answer;
    QObject::connect(pair.technician.get(), &FileTransfers::operationFinished,
                     [&](quint64, const v1::FileOperationResult& result) { answer = result; });
    ASSERT_TRUE(pair.technician->requestOperation(list).ok());
    pair.deliver();
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->error_code(), int(ErrorCode::kPermissionDenied));
}

TEST(FileTransfersTest, FetchAndFileManagerStayInsideTheSharedFolder)
{
    Pair pair;
    const fs::path share = pair.customerShare.path();
    writeFile(share / "Documents" / "report.docx", 50'000, 10);
    writeFile(share / "notes.txt", 1000, 11, true);
    TempDir outside;
    writeFile(outside.path() / "secret.txt", 100, 12);
    fs::create_directory_symlink(outside.path(), share / "link");

    auto fetched = pair.technician->fetch({"Documents", "notes.txt"});
    ASSERT_TRUE(fetched.ok());
    pair.deliver();
    ASSERT_EQ(pair.technicianFinished.count(*fetched), 1u);
    EXPECT_TRUE(pair.technicianFinished[*fetched].first) << pair.technicianFinished[*fetched].second.toString();
    EXPECT_EQ(test::sha256Of(pair.techInbox.path() / "Documents" / "report.docx"), test::sha256Of(share / "Documents" / "report.docx"));
    EXPECT_EQ(test::sha256Of(pair.techInbox.path() / "notes.txt"), test::sha256Of(share / "notes.txt"));

    for (const char* escape : {"../" , "link/secret.txt", "/etc/passwd"}) {
        auto refused = pair.technician->fetch({escape});
        pair.deliver();
        ASSERT_EQ(pair.technicianFinished.count(*refused), 1u) << escape;
        EXPECT_FALSE(pair.technicianFinished[*refused].first) << escape;
        EXPECT_EQ(pair.technicianFinished[*refused].second.code, ErrorCode::kPermissionDenied) << escape;
    }

    std::vector<v1::FileOperationResult> answers;
    QObject::connect(pair.technician.get(), &FileTransfers::operationFinished,
                     [&](quint64, const v1::FileOperationResult& result) { answers.push_back(result); });
    auto run = [&](v1::FileOperation op) {
        answers.clear();
        EXPECT_TRUE(pair.technician->requestOperation(op).ok());
        pair.deliver();
        EXPECT_EQ(answers.size(), 1u);
        return answers.empty() ? v1::FileOperationResult() : answers.front();
    };
    v1::FileOperation op;
    op.set_list("");
    auto listing = run(op);
    EXPECT_EQ(listing.error_code(), 0);
    std::set<std::string> names;
    for (const auto& e : listing.listing()) names.insert(e.path());
    EXPECT_EQ(names, (std::set<std::string>{"Documents", "notes.txt"})) << "the symlink is not shown";

    op.Clear();
    op.set_make_folder("New folder");
    EXPECT_EQ(run(op).error_code(), 0);
    EXPECT_TRUE(fs::is_directory(share / "New folder"));
    op.Clear();
    op.mutable_rename()->set_from("notes.txt");
    op.mutable_rename()->set_to("New folder/notes-old.txt");
    EXPECT_EQ(run(op).error_code(), 0);
    EXPECT_TRUE(fs::exists(share / "New folder" / "notes-old.txt"));
    op.Clear();
    op.mutable_rename()->set_from("Documents/report.docx");
    op.mutable_rename()->set_to("../stolen.docx");
    EXPECT_EQ(run(op).error_code(), int(ErrorCode::kPermissionDenied));
    op.Clear();
    op.set_remove("New folder");
    EXPECT_EQ(run(op).error_code(), int(ErrorCode::kAlreadyExists)) << "not empty";
    op.set_remove_all(true);
    EXPECT_EQ(run(op).error_code(), 0);
    EXPECT_FALSE(fs::exists(share / "New folder"));
    op.Clear();
    op.set_remove("link");
    op.set_remove_all(true);
    EXPECT_EQ(run(op).error_code(), int(ErrorCode::kPermissionDenied)) << "never through a symlink";
    EXPECT_TRUE(fs::exists(outside.path() / "secret.txt"));
    op.Clear();
    op.set_disk_free("");
    auto space = run(op);
    EXPECT_EQ(space.error_code(), 0);
    EXPECT_GT(space.total_bytes(), 0u);
    EXPECT_LE(space.free_bytes(), space.total_bytes());
}

TEST(FileTransfersTest, ExistingNamesAreKeptBothByDefaultOrRefusedWhenAsked)
{
    FileTransfers::Options ask;
    ask.collision = transfer::Collision::kAsk;
    Pair pair(ask);
    writeFile(pair.source.path() / "config.ini", 300, 13, true);
    writeFile(pair.customerInbox.path() / "config.ini", 100, 14, true);
    const std::string before = test::sha256Of(pair.customerInbox.path() / "config.ini");
    auto id = pair.technician->send({pair.source.path() / "config.ini"});
    pair.deliver();
    ASSERT_EQ(pair.failures.size(), 2u);
    EXPECT_EQ(pair.failures[0].second, ErrorCode::kAlreadyExists);
    EXPECT_TRUE(pair.technicianFinished[*id].first) << "the transfer ends; the file's result says why";
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "config.ini"), before) << "untouched";
}

TEST(FileTransfersTest, TheSendersUserChoosesForTakenNamesAndNothingSavedIsSentTwice)
{
    Pair pair;  // the customer's default is keep both; the console asks
    writeFile(pair.source.path() / "tools" / "new.exe", 2'000'000, 20);
    writeFile(pair.source.path() / "tools" / "config.ini", 300, 21, true);
    writeFile(pair.customerInbox.path() / "tools" / "config.ini", 100, 22, true);
    const std::string old = test::sha256Of(pair.customerInbox.path() / "tools" / "config.ini");

    auto id = pair.technician->send({pair.source.path() / "tools"}, 0, transfer::Collision::kAsk);
    ASSERT_TRUE(id.ok());
    pair.deliver();
    ASSERT_EQ(pair.failures.size(), 2u) << "reported at both ends";
    for (const auto& failure : pair.failures) EXPECT_EQ(failure, std::make_pair(std::string("tools/config.ini"), ErrorCode::kAlreadyExists));
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "tools" / "config.ini"), old) << "asked, not replaced";
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "tools" / "new.exe"), test::sha256Of(pair.source.path() / "tools" / "new.exe"));
    const quint64 sentBefore = pair.line.chunkBytes;
    EXPECT_GE(sentBefore, 2'000'000u);
    EXPECT_LT(sentBefore, 2'000'300u) << "nothing of the taken file was sent";

    // The technician chose Overwrite: the same transfer again.
    pair.technicianFinished.clear();
    ASSERT_TRUE(pair.technician->send({pair.source.path() / "tools"}, *id, transfer::Collision::kOverwrite).ok());
    pair.deliver();
    EXPECT_TRUE(pair.technicianFinished[*id].first);
    EXPECT_EQ(test::sha256Of(pair.customerInbox.path() / "tools" / "config.ini"), test::sha256Of(pair.source.path() / "tools" / "config.ini"));
    EXPECT_EQ(pair.line.chunkBytes - sentBefore, 300u) << "new.exe, saved already, was not sent again";
    EXPECT_FALSE(fs::exists(pair.customerInbox.path() / "tools" / "new (2).exe"));

    // Keep both, another time: a second name, the first untouched.
    writeFile(pair.source.path() / "tools" / "config.ini", 400, 23, true);
    writeFile(pair.customerInbox.path() / "config.ini", 50, 26, true);
    auto again = pair.technician->send({pair.source.path() / "tools" / "config.ini"}, 0, transfer::Collision::kKeepBoth);
    pair.deliver();
    EXPECT_TRUE(pair.technicianFinished[*again].first);
    EXPECT_EQ(fs::file_size(pair.customerInbox.path() / "config.ini"), 50u);
    EXPECT_EQ(fs::file_size(pair.customerInbox.path() / "config (2).ini"), 400u);

    // Fetches: the technician's own choice counts, whatever the customer's end offers.
    writeFile(pair.customerShare.path() / "log.txt", 1000, 24, true);
    writeFile(pair.techInbox.path() / "log.txt", 10, 25, true);
    pair.failures.clear();
    auto fetched = pair.technician->fetch({"log.txt"}, 0, transfer::Collision::kAsk);
    pair.deliver();
    ASSERT_EQ(pair.failures.size(), 2u);
    EXPECT_EQ(pair.failures[0].second, ErrorCode::kAlreadyExists);
    EXPECT_EQ(fs::file_size(pair.techInbox.path() / "log.txt"), 10u);
    ASSERT_TRUE(pair.technician->fetch({"log.txt"}, *fetched, transfer::Collision::kOverwrite).ok());
    pair.deliver();
    EXPECT_EQ(test::sha256Of(pair.techInbox.path() / "log.txt"), test::sha256Of(pair.customerShare.path() / "log.txt"));
}

TEST(FileTransfersTest, PublishedFilesAreDownloadedOnlyWhenAndWhereTheCustomerChooses)
{
    bool policyAllowsSending = true;
    FileTransfers::Options customerOptions;
    customerOptions.allowed = [&](FileTransfers::Need need) {
        return need == FileTransfers::Need::kDownload && policyAllowsSending;  // no consent for pushing files
    };
    Pair pair(customerOptions);
    writeFile(pair.source.path() / "manual.pdf", 800'000, 30);
    writeFile(pair.source.path() / "fix.zip", 3000, 31);
    std::vector<std::pair<quint64, QString>> downloads;
    QObject::connect(pair.technician.get(), &FileTransfers::downloadStarted,
                     [&](quint64 id, const QString& name) { downloads.emplace_back(id, name); });

    EXPECT_FALSE(pair.technician->publish({pair.source.path()}).ok()) << "files only";
    ASSERT_TRUE(pair.technician->publish({pair.source.path() / "manual.pdf", pair.source.path() / "fix.zip"}).ok());
    pair.deliver();
    ASSERT_EQ(pair.customer->peerPublished().size(), 2u);
    EXPECT_EQ(pair.customer->peerPublished()[0].name(), "manual.pdf");
    EXPECT_EQ(pair.customer->peerPublished()[0].size(), 800'000u);
    EXPECT_TRUE(test::treeOf(pair.customerInbox.path()).empty()) << "publishing sends nothing";
    EXPECT_EQ(pair.line.chunkBytes, 0u);

    // The customer picks manual.pdf and a folder.
    TempDir chosen;
    const std::uint32_t manual = pair.customer->peerPublished()[0].id();
    auto id = pair.customer->download(manual, chosen.path());
    ASSERT_TRUE(id.ok()) << id.error().toString();
    pair.deliver();
    ASSERT_EQ(downloads.size(), 1u);
    EXPECT_EQ(downloads[0], std::make_pair(*id, QStringLiteral("manual.pdf")));
    EXPECT_TRUE(pair.technicianFinished[*id].first);
    EXPECT_TRUE(pair.customerFinished[*id].first) << pair.customerFinished[*id].second.toString();
    EXPECT_EQ(test::sha256Of(chosen.path() / "manual.pdf"), test::sha256Of(pair.source.path() / "manual.pdf"));
    EXPECT_TRUE(test::treeOf(pair.customerInbox.path()).empty());
    // Again: the customer's file stays, the new one is kept beside it.
    auto second = pair.customer->download(manual, chosen.path());
    pair.deliver();
    EXPECT_TRUE(pair.customerFinished[*second].first);
    EXPECT_TRUE(fs::exists(chosen.path() / "manual (2).pdf"));

    // Unpublished: gone from the list; a forged request for it (or any number) is refused.
    pair.technician->unpublish(manual);
    pair.deliver();
    ASSERT_EQ(pair.customer->peerPublished().size(), 1u);
    EXPECT_EQ(pair.customer->download(manual, chosen.path()).error().code, ErrorCode::kNotFound);
    for (std::uint32_t forged : {manual, 999u}) {
        v1::Envelope request;
        request.mutable_file()->set_transfer_id(77 + forged);
        request.mutable_file()->mutable_download()->set_published_id(forged);
        EXPECT_TRUE(pair.technician->handle(request));
        ASSERT_EQ(pair.line.queue.size(), 1u);
        EXPECT_EQ(pair.line.queue.front().envelope.file().cancel().error_code(), int(ErrorCode::kNotFound));
        pair.line.queue.clear();
    }

    // The technician's end takes nothing it did not ask for and serves no folder.
    writeFile(pair.customerShare.path() / "pushed.exe", 1000, 32);
    auto pushed = pair.customer->send({pair.customerShare.path() / "pushed.exe"});
    pair.deliver();
    EXPECT_FALSE(pair.customerFinished[*pushed].first);
    EXPECT_EQ(pair.customerFinished[*pushed].second.code, ErrorCode::kPermissionDenied);
    EXPECT_TRUE(test::treeOf(pair.techInbox.path()).empty());
    auto peek = pair.customer->fetch({"manual.pdf"});
    pair.deliver();
    EXPECT_EQ(pair.customerFinished[*peek].second.code, ErrorCode::kPermissionDenied);

    // A policy without "send files": the list is not shown, nothing can be downloaded.
    policyAllowsSending = false;
    pair.technician->republish();
    pair.deliver();
    EXPECT_TRUE(pair.customer->peerPublished().empty());
    EXPECT_EQ(pair.customer->download(manual + 1, chosen.path()).error().code, ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace lifeline::session
