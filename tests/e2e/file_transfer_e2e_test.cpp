// File transfer through a real relay (real TLS on loopback): the technician's session end
// (TechnicianSession) and the customer's (CustomerSession) exchange folder trees and a
// 200 MB file, survive cut lines and a relay that goes away, and the customer's end
// refuses what the customer did not allow.
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "core/transfer/sha256.h"
#include "session/customer_session.h"
#include "session/file_transfers.h"
#include "session/technician_session.h"
#include "support/relay_harness.h"
#include "support/synthetic_devices.h"
#include "support/files.h"
#include "support/tcp_proxy.h"
#include "support/wait.h"

namespace lifeline::test {
namespace {

namespace fs = std::filesystem;
using base::ErrorCode;
using session::CustomerSession;
using session::FileTransfers;
using session::Permission;
using session::TechnicianSession;

fs::path dirOf(const QTemporaryDir& dir)
{
    return fs::path(dir.path().toStdString());
}

// A signed-in technician's session end and a customer joined to it, the customer's line
// through a proxy the test can cut. The customer allows what `allow` says.
struct Session
{
    Session(RelayHarness& relay, std::set<Permission> allow = {Permission::kSendFiles, Permission::kReceiveFiles},
            fs::path inbox = {})
        : line(relay.port())
        , allowed(std::move(allow))
    {
        if (!relay.store().accountByEmail("ann@example.com")->has_value()) {
            relay.addAccount("ann@example.com", "correct horse battery", "Ann");
        }
        auto account = relay.connectTechnician();
        auto signedIn = relay.signIn(*account, "ann@example.com", "correct horse battery");
        EXPECT_TRUE(signedIn.ok());
        TechnicianSession::Options options;
        options.host = "127.0.0.1";
        options.port = relay.port();
        options.tls = relay.pki().clientConfig();
        options.resumeToken = signedIn ? signedIn->resume_token() : std::string();
        options.myName = "Ann";
        options.receiveFolder = dirOf(techInbox);
        technician = std::make_unique<TechnicianSession>(options);
        QString pin;
        QObject::connect(technician.get(), &TechnicianSession::created, technician.get(),
                         [&](const v1::CreateSessionResult& r) { pin = QString::fromStdString(r.pin()); });
        technician->create("Bob", {});
        EXPECT_TRUE(waitUntil([&] { return !pin.isEmpty(); }));

        CustomerSession::Options customerOptions;
        customerOptions.host = "127.0.0.1";
        customerOptions.port = line.port();
        customerOptions.tls = relay.pki().clientConfig();
        customerOptions.customerName = "Bob";
        customerOptions.retryIntervalMs = 100;
        customerOptions.receiveFolder = inbox.empty() ? dirOf(customerInbox) : inbox;
        customerOptions.sharedFolder = dirOf(customerShare);
        customer = std::make_unique<CustomerSession>(customerOptions, syntheticDevices());
        QObject::connect(customer.get(), &CustomerSession::permissionAsked, customer.get(),
                         [this](Permission p) { customer->answer(p, allowed.count(p) != 0); });
        customer->join(pin);
        EXPECT_TRUE(waitUntil([&] { return technician->state().status() == v1::SESSION_STATUS_ACTIVE; }));
        EXPECT_TRUE(waitUntil([&] { return customer->state() == CustomerSession::State::kActive; }));
        for (FileTransfers* end : {&technician->files(), &customer->files()}) {
            QObject::connect(end, &FileTransfers::finished, end, [this, end](quint64 id, bool ok, const base::Error& error) {
                (end == &technician->files() ? technicianDone : customerDone)[id] = {ok, error};
            });
        }
    }

    void ask(Permission permission)
    {
        ASSERT_TRUE(technician->consent().request(permission).ok());
        const auto expected = allowed.count(permission) ? v1::PERMISSION_ANSWER_GRANTED : v1::PERMISSION_ANSWER_DENIED;
        ASSERT_TRUE(waitUntil([&] { return technician->consent().lastAnswer(permission) == expected; }));
    }

    QTemporaryDir techInbox, customerInbox, customerShare, source;
    TcpProxy line;
    std::set<Permission> allowed;
    std::unique_ptr<TechnicianSession> technician;
    std::unique_ptr<CustomerSession> customer;
    std::map<quint64, std::pair<bool, base::Error>> technicianDone, customerDone;
};

TEST(FileTransferE2eTest, AFolderTreeAndA200MegabyteFileArriveIdentical)
{
    RelayHarness relay;
    Session s(relay);
    s.ask(Permission::kSendFiles);
    const fs::path src = dirOf(s.source);
    writeFile(src / "Tools" / "patch-2.1.bin", 200u << 20, 1);
    writeFile(src / "Tools" / "empty.cfg", 0, 2);
    writeFile(src / "Tools" / "Übersicht — 概要" / "readme.txt", 4000, 3);
    fs::create_directories(src / "Tools" / "empty folder");

    auto id = s.technician->files().send({src / "Tools"});
    ASSERT_TRUE(id.ok()) << id.error().toString();
    ASSERT_TRUE(waitUntil([&] { return s.technicianDone.count(*id) != 0; }, 180000));
    EXPECT_TRUE(s.technicianDone[*id].first) << s.technicianDone[*id].second.toString();
    EXPECT_EQ(treeOf(dirOf(s.customerInbox)), treeOf(src)) << "every file and folder, byte for byte";
}

TEST(FileTransferE2eTest, CutLinesResumeWithoutLosingOrMixingBytes)
{
    RelayHarness relay;
    auto s = std::make_unique<Session>(relay);
    s->ask(Permission::kSendFiles);
    const fs::path src = dirOf(s->source);
    const std::size_t size = 60u << 20;
    writeFile(src / "image.iso", size, 4);
    auto id = s->technician->files().send({src / "image.iso"});
    ASSERT_TRUE(id.ok());

    // The customer's line is cut three times at random points; the applet rejoins and the
    // transfer goes on from what it proves it has.
    std::mt19937 random(7);
    quint64 progressed = 0;
    QObject::connect(&s->customer->files(), &FileTransfers::progress, &s->customer->files(),
                     [&](const session::TransferProgress& p) { progressed = p.doneBytes; });
    for (int cut = 0; cut < 3; ++cut) {
        const quint64 at = (cut + 1) * (size / 5) + random() % (size / 10);
        ASSERT_TRUE(waitUntil([&] { return progressed >= at || s->technicianDone.count(*id) != 0; }, 60000));
        s->line.dropAll();
        ASSERT_TRUE(waitUntil([&] { return s->customer->state() == CustomerSession::State::kActive && s->line.accepted() >= cut + 2; }));
    }
    ASSERT_TRUE(waitUntil([&] { return s->technicianDone.count(*id) != 0; }, 120000));
    EXPECT_TRUE(s->technicianDone[*id].first) << s->technicianDone[*id].second.toString();
    EXPECT_EQ(sha256Of(dirOf(s->customerInbox) / "image.iso"), sha256Of(src / "image.iso"));
    const quint64 resent = s->technician->files().bytesSentTotal() - size;
    EXPECT_LE(resent, 3 * transfer::SendWindow::kMaxWindow) << "at most a window again per cut";
    std::cout << "[          ] re-sent after 3 cuts: " << resent / 1024 << " KiB\n";

}

TEST(FileTransferE2eTest, AfterTheRelayVanishesANewSessionContinuesThePartFile)
{
    QTemporaryDir inbox;  // the customer's Downloads, which outlive any session
    std::optional<RelayHarness> relay(std::in_place);
    auto s = std::make_unique<Session>(*relay, std::set{Permission::kSendFiles}, dirOf(inbox));
    s->ask(Permission::kSendFiles);
    QTemporaryDir source;
    const fs::path file = dirOf(source) / "second.iso";
    const std::size_t size = 60u << 20;
    writeFile(file, size, 5);
    quint64 progressed = 0;
    QObject::connect(&s->customer->files(), &FileTransfers::progress, &s->customer->files(),
                     [&](const session::TransferProgress& p) { progressed = p.doneBytes; });
    ASSERT_TRUE(s->technician->files().send({file}).ok());
    ASSERT_TRUE(waitUntil([&] { return progressed >= size / 2; }, 60000));
    // The relay goes away mid-transfer, and the session with it.
    s.reset();
    relay.reset();
    EXPECT_FALSE(fs::exists(dirOf(inbox) / "second.iso")) << "never a half file under its name";

    // A new relay, a new session: the technician sends again; the applet continues its part.
    relay.emplace();
    Session again(*relay, {Permission::kSendFiles}, dirOf(inbox));
    again.ask(Permission::kSendFiles);
    auto resumed = again.technician->files().send({file});
    ASSERT_TRUE(resumed.ok());
    ASSERT_TRUE(waitUntil([&] { return again.technicianDone.count(*resumed) != 0; }, 120000));
    EXPECT_TRUE(again.technicianDone[*resumed].first) << again.technicianDone[*resumed].second.toString();
    EXPECT_EQ(sha256Of(dirOf(inbox) / "second.iso"), sha256Of(file));
    EXPECT_LT(again.technician->files().bytesSentTotal(), size / 2 + transfer::SendWindow::kMaxWindow)
        << "the first half was not sent again";
}

TEST(FileTransferE2eTest, WithoutPermissionTheAppletRefusesEvenWhenTheConsoleSkipsTheQuestion)
{
    RelayHarness relay;
    Session s(relay, {});  // the customer allows nothing
    const fs::path src = dirOf(s.source);
    writeFile(src / "unasked.sh", 1000, 6);
    auto sent = s.technician->files().send({src / "unasked.sh"});  // never asked
    ASSERT_TRUE(waitUntil([&] { return s.technicianDone.count(*sent) != 0; }));
    EXPECT_FALSE(s.technicianDone[*sent].first);
    EXPECT_EQ(s.technicianDone[*sent].second.code, ErrorCode::kPermissionDenied);
    EXPECT_TRUE(treeOf(dirOf(s.customerInbox)).empty());

    writeFile(dirOf(s.customerShare) / "private.txt", 100, 7);
    auto fetched = s.technician->files().fetch({"private.txt"});
    ASSERT_TRUE(waitUntil([&] { return s.technicianDone.count(*fetched) != 0; }));
    EXPECT_EQ(s.technicianDone[*fetched].second.code, ErrorCode::kPermissionDenied);
    EXPECT_FALSE(fs::exists(dirOf(s.techInbox) / "private.txt"));

    // Asked and denied: still refused.
    s.ask(Permission::kReceiveFiles);
    auto again = s.technician->files().fetch({"private.txt"});
    ASSERT_TRUE(waitUntil([&] { return s.technicianDone.count(*again) != 0; }));
    EXPECT_EQ(s.technicianDone[*again].second.code, ErrorCode::kPermissionDenied);
}

TEST(FileTransferE2eTest, StopCancelsATransferUnderWay)
{
    RelayHarness relay;
    Session s(relay);
    s.ask(Permission::kSendFiles);
    const fs::path src = dirOf(s.source);
    writeFile(src / "long.bin", 80u << 20, 8);
    quint64 progressed = 0;
    QObject::connect(&s.customer->files(), &FileTransfers::progress, &s.customer->files(),
                     [&](const session::TransferProgress& p) { progressed = p.doneBytes; });
    auto id = s.technician->files().send({src / "long.bin"});
    ASSERT_TRUE(waitUntil([&] { return progressed > (4u << 20); }, 60000));
    s.customer->stop();
    ASSERT_TRUE(waitUntil([&] { return s.technicianDone.count(*id) != 0; }));
    EXPECT_FALSE(s.technicianDone[*id].first);
    EXPECT_EQ(s.technicianDone[*id].second.code, ErrorCode::kPermissionDenied);
    EXPECT_FALSE(fs::exists(dirOf(s.customerInbox) / "long.bin"));
}

}  // namespace
}  // namespace lifeline::test
