#pragma once

#include <QDialog>

#include <vector>

#include "session/consent.h"

class QPushButton;

namespace lifeline::applet {

// The question the customer answers before a technician may do anything: one permission
// ("Ann asks to see your screen." Allow / Deny), or, with the single-prompt policy, the
// list of everything the session may need (Allow all for this session / Ask me each time).
// Closing it is Deny. Stays on top so it is not lost behind other windows.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const QString& organisation, const QString& technician, session::Permission permission,
                  QWidget* parent = nullptr);
    ConsentDialog(const QString& organisation, const QString& technician,
                  const std::vector<session::Permission>& permissions, QWidget* parent = nullptr);

    bool isSinglePrompt() const { return m_singlePrompt; }
    session::Permission permission() const { return m_permission; }
    QPushButton* allowButton() const { return m_allow; }
    QPushButton* denyButton() const { return m_deny; }

signals:
    void answered(bool allow);

protected:
    void reject() override;

private:
    void build(const QString& heading, QWidget* body, const QString& allowText, const QString& denyText);
    void finish(bool allow);

    bool m_singlePrompt = false;
    session::Permission m_permission{};
    QPushButton* m_allow = nullptr;
    QPushButton* m_deny = nullptr;
    bool m_answered = false;
};

}  // namespace lifeline::applet
