#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lifeline::console {

// The command line (see --help): what support teams script and tests drive.
struct ConsoleOptions
{
    QString relay;         // HOST:PORT; empty: the sign-in dialog's remembered one
    QString caFile;
    QString email;
    QString passwordFile;  // with relay, CA and e-mail: sign in without the dialog
    QString newSession;    // customer name: create a session at once, print "PIN: 123456"
    bool fullScreenView = false;
    QString language;      // en, nl, de, fr, it, pl, es; empty: settings, then the system's
    int maxSessions = 8;   // session tabs at once
    QString downloadFolder;  // files fetched from customers; empty: Downloads/Lifeline

    bool signsInWithoutDialog() const
    {
        return !relay.isEmpty() && !caFile.isEmpty() && !email.isEmpty() && !passwordFile.isEmpty();
    }

    // nullopt with `error` set when the arguments are wrong; --help and --version exit.
    static std::optional<ConsoleOptions> parse(const QStringList& arguments, QString* error);
};

// The languages the console is translated into.
QStringList consoleLanguages();

}  // namespace lifeline::console
