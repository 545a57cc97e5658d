#include "net/connection.h"

#include <gtest/gtest.h>

#include <QSslServer>
#include <QSslSocket>
#include <memory>
#include <vector>

#include "net/tls_server.h"
#include "support/test_pki.h"
#include "support/wait.h"

namespace lifeline::net {
namespace {

using protocol::Frame;
using protocol::Route;
using protocol::TrafficClass;
using test::waitUntil;

// A TLS server on a loopback port that collects the connections it accepts.
class ConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server = std::make_unique<TlsServer>(m_pki.serverConfig());
        ASSERT_TRUE(m_server->listen(QHostAddress::LocalHost, 0).ok());
        QObject::connect(m_server.get(), &TlsServer::newConnection,
                         [this](Connection* c) {
                             m_accepted.emplace_back(c);
                             QObject::connect(c, &Connection::frameReceived, [this](const Frame& f) {
                                 m_serverFrames.push_back(f);
                             });
                         });
    }

    // Connects a client and waits for both sides to exist.
    std::unique_ptr<Connection> connectClient(const TlsClientConfig& config)
    {
        std::unique_ptr<Connection> client(
            Connection::connectToRelay("127.0.0.1", m_server->serverPort(), config));
        QObject::connect(client.get(), &Connection::established, [this] { ++m_established; });
        QObject::connect(client.get(), &Connection::closed,
                         [this](const base::Error& e) { m_clientError = e; });
        return client;
    }

    test::TestPki m_pki;
    std::unique_ptr<TlsServer> m_server;
    std::vector<std::unique_ptr<Connection>> m_accepted;
    std::vector<Frame> m_serverFrames;  // everything any accepted connection received
    int m_established = 0;
    std::optional<base::Error> m_clientError;
};

TEST_F(ConnectionTest, FramesFlowBothWaysOverVerifiedTls)
{
    auto client = connectClient(m_pki.clientConfig());
    std::vector<Frame>& atServer = m_serverFrames;
    std::vector<Frame> atClient;
    QObject::connect(client.get(), &Connection::frameReceived,
                     [&](const Frame& f) { atClient.push_back(f); });
    ASSERT_TRUE(client->send(Route::kPeer, "to server", TrafficClass::kChat).ok());
    ASSERT_TRUE(waitUntil([&] { return m_established == 1 && m_accepted.size() == 1; }))
        << m_established << " " << m_accepted.size() << " "
        << (m_clientError ? m_clientError->toString() : "");
    EXPECT_EQ(client->negotiatedAlpn(), "lifeline/1");
    ASSERT_TRUE(m_accepted[0]->send(Route::kRelay, "to client", TrafficClass::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return atServer.size() == 1 && atClient.size() == 1; }));
    EXPECT_EQ(atServer[0].payload, "to server");
    EXPECT_EQ(atServer[0].route, Route::kPeer);
    EXPECT_EQ(atClient[0].payload, "to client");
    EXPECT_EQ(atClient[0].route, Route::kRelay);
}

TEST_F(ConnectionTest, ClientThatDoesNotTrustTheRelayCaIsRefused)
{
    test::TestPki otherPki;  // a different CA
    auto client = connectClient(otherPki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
    EXPECT_EQ(m_clientError->code, base::ErrorCode::kTlsError);
    EXPECT_NE(m_clientError->detail.find("not trusted"), std::string::npos)
        << m_clientError->detail;
    EXPECT_EQ(m_established, 0);
    test::spinFor(100);
    EXPECT_TRUE(m_accepted.empty());
}

TEST_F(ConnectionTest, CertificateForAnotherNameIsRefused)
{
    TlsClientConfig config = m_pki.clientConfig();
    config.peerVerifyName = "relay.example.org";
    auto client = connectClient(config);
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
    EXPECT_EQ(m_clientError->code, base::ErrorCode::kTlsError);
    EXPECT_EQ(m_established, 0);
}

// A plain QSslSocket that trusts the CA but offers `protocols` as ALPN; returns once the
// server has hung up on it.
void connectRawAndWaitForHangUp(quint16 port, const QSslConfiguration& base,
                                const QList<QByteArray>& protocols)
{
    QSslSocket socket;
    QSslConfiguration config = base;
    config.setAllowedNextProtocols(protocols);
    socket.setSslConfiguration(config);
    bool disconnected = false;
    QObject::connect(&socket, &QSslSocket::disconnected, [&] { disconnected = true; });
    socket.connectToHostEncrypted("127.0.0.1", port);
    ASSERT_TRUE(waitUntil([&] { return disconnected; }));
}

TEST_F(ConnectionTest, ServerRefusesClientWithWrongAlpn)
{
    connectRawAndWaitForHangUp(m_server->serverPort(), m_pki.clientConfig().toSslConfiguration(),
                               {"http/1.1"});
    test::spinFor(50);
    EXPECT_TRUE(m_accepted.empty());
}

TEST_F(ConnectionTest, ServerRefusesClientWithoutAlpn)
{
    connectRawAndWaitForHangUp(m_server->serverPort(), m_pki.clientConfig().toSslConfiguration(),
                               {});
    test::spinFor(50);
    EXPECT_TRUE(m_accepted.empty());
    EXPECT_EQ(m_server->refusedAlpnCount(), 1u);
}

TEST_F(ConnectionTest, ClientRefusesRelayThatIgnoresItsAlpn)
{
    // A server with the right certificate that negotiates no ALPN at all: only the
    // client's own check stands between it and a "connected" client.
    QSslServer plain;
    QSslConfiguration config = m_pki.serverConfig().toSslConfiguration();
    config.setAllowedNextProtocols({});
    plain.setSslConfiguration(config);
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<Connection> client(
        Connection::connectToRelay("127.0.0.1", plain.serverPort(), m_pki.clientConfig()));
    bool established = false;
    std::optional<base::Error> error;
    QObject::connect(client.get(), &Connection::established, [&] { established = true; });
    QObject::connect(client.get(), &Connection::closed,
                     [&](const base::Error& e) { error = e; });
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_FALSE(established);
    EXPECT_EQ(error->code, base::ErrorCode::kTlsError);
    EXPECT_NE(error->detail.find("ALPN"), std::string::npos) << error->detail;
}

TEST_F(ConnectionTest, HandlerClosingMidDispatchStopsDelivery)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_accepted.size() == 1; }));
    Connection* server = m_accepted[0].get();
    int delivered = 0;
    std::optional<base::Error> serverClosed;
    QObject::connect(server, &Connection::frameReceived, [&](const Frame&) {
        ++delivered;
        server->abort(base::makeError(base::ErrorCode::kProtocolError, "handler said stop"));
    });
    QObject::connect(server, &Connection::closed,
                     [&](const base::Error& e) { serverClosed = e; });
    // Three frames queued in one event-loop turn arrive in one TLS record.
    ASSERT_TRUE(client->send(Route::kPeer, "frame", TrafficClass::kControl).ok());
    ASSERT_TRUE(client->send(Route::kPeer, "frame", TrafficClass::kControl).ok());
    ASSERT_TRUE(client->send(Route::kPeer, "frame", TrafficClass::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return serverClosed.has_value(); }));
    test::spinFor(100);
    EXPECT_EQ(delivered, 1);
    EXPECT_EQ(serverClosed->code, base::ErrorCode::kProtocolError);
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
}

TEST_F(ConnectionTest, HandlerDeletingTheConnectionMidDispatchIsSafe)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_accepted.size() == 1; }));
    int delivered = 0;
    QObject::connect(m_accepted[0].get(), &Connection::frameReceived, [&](const Frame&) {
        ++delivered;
        m_accepted.clear();  // deletes the connection inside its own signal
    });
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(client->send(Route::kPeer, "frame", TrafficClass::kControl).ok());
    }
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
    EXPECT_EQ(delivered, 1);
}

TEST_F(ConnectionTest, MalformedFrameClosesWithProtocolError)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_accepted.size() == 1; }));
    std::optional<base::Error> serverClosed;
    QObject::connect(m_accepted[0].get(), &Connection::closed,
                     [&](const base::Error& e) { serverClosed = e; });
    // The server's limit is 1 KiB; a 4 KiB frame breaks it.
    m_accepted[0]->setMaxFrameLength(1024);
    ASSERT_TRUE(client->send(Route::kPeer, std::string(4096, 'x'), TrafficClass::kFile).ok());
    ASSERT_TRUE(waitUntil([&] { return serverClosed.has_value(); }));
    EXPECT_EQ(serverClosed->code, base::ErrorCode::kFrameTooLarge);
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
}

TEST_F(ConnectionTest, ControlFrameOvertakesQueuedFileData)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_established == 1 && m_accepted.size() == 1; }));
    std::vector<std::string> order;
    QObject::connect(m_accepted[0].get(), &Connection::frameReceived,
                     [&](const Frame& f) { order.push_back(f.payload.substr(0, 4)); });
    const std::string chunk(16 * 1024, 'f');
    for (int i = 0; i < 200; ++i) {
        ASSERT_TRUE(client->send(Route::kPeer, chunk, TrafficClass::kFile).ok());
    }
    ASSERT_TRUE(client->send(Route::kPeer, "key!", TrafficClass::kControl).ok());
    ASSERT_TRUE(waitUntil([&] { return order.size() == 201; }));
    const auto position = std::find(order.begin(), order.end(), "key!") - order.begin();
    // At most the socket's 64 KiB write window (4 chunks) went out ahead of the key.
    EXPECT_LE(position, 5);
}

TEST_F(ConnectionTest, ServerKeepsAcceptingAfterClosingAConnectionAtOnce)
{
    // The owner closes the first connection inside newConnection (e.g. a refusal), with
    // a last frame queued; later clients must still be accepted.
    QObject::connect(m_server.get(), &TlsServer::newConnection, [this](Connection* c) {
        if (m_accepted.size() == 1) {
            (void)c->send(Route::kRelay, "go away", TrafficClass::kControl);
            c->close(base::makeError(base::ErrorCode::kLimitReached, "refused"));
        }
    });
    auto first = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_clientError.has_value(); }));
    m_clientError.reset();
    m_established = 0;
    auto second = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_established == 1 && m_accepted.size() == 2; }, 5000))
        << m_established << " " << m_accepted.size();
}

TEST_F(ConnectionTest, IdleTimeoutClosesASilentConnection)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_accepted.size() == 1; }));
    std::optional<base::Error> serverClosed;
    QObject::connect(m_accepted[0].get(), &Connection::closed,
                     [&](const base::Error& e) { serverClosed = e; });
    m_accepted[0]->setIdleTimeout(200);
    ASSERT_TRUE(waitUntil([&] { return serverClosed.has_value(); }, 3000));
    EXPECT_EQ(serverClosed->code, base::ErrorCode::kTimeout);
}

TEST_F(ConnectionTest, PausedReaderDeliversNothingUntilResumed)
{
    auto client = connectClient(m_pki.clientConfig());
    ASSERT_TRUE(waitUntil([&] { return m_accepted.size() == 1; }));
    int delivered = 0;
    QObject::connect(m_accepted[0].get(), &Connection::frameReceived,
                     [&](const Frame&) { ++delivered; });
    m_accepted[0]->pauseReading();
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(client->send(Route::kPeer, "x", TrafficClass::kChat).ok());
    }
    test::spinFor(200);
    EXPECT_EQ(delivered, 0);
    m_accepted[0]->resumeReading();
    ASSERT_TRUE(waitUntil([&] { return delivered == 10; }));
}

}  // namespace
}  // namespace lifeline::net
