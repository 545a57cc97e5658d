#include "applet/consent_dialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "applet/texts.h"

namespace lifeline::applet {

ConsentDialog::ConsentDialog(const QString& organisation, const QString& technician,
                             session::Permission permission, QWidget* parent)
    : QDialog(parent), m_permission(permission)
{
    auto* body = new QLabel(Texts::question(permission, technician));
    body->setWordWrap(true);
    QFont font = body->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    body->setFont(font);
    build(tr("%1 from %2").arg(technician, organisation), body, tr("Allow"), tr("Deny"));
}

ConsentDialog::ConsentDialog(const QString& organisation, const QString& technician,
                             const std::vector<session::Permission>& permissions, QWidget* parent)
    : QDialog(parent), m_singlePrompt(true)
{
    QString items;
    for (session::Permission p : permissions) items += QStringLiteral("<li>%1</li>").arg(Texts::shortName(p).toHtmlEscaped());
    auto* body = new QLabel(QStringLiteral("<p>%1</p><ul>%2</ul><p>%3</p>")
                                .arg(tr("%1 asks for permission, for this session only, to:").arg(technician.toHtmlEscaped()),
                                     items, tr("You can take it all back at any time with Stop.").toHtmlEscaped()));
    body->setWordWrap(true);
    build(tr("%1 from %2").arg(technician, organisation), body, tr("Allow all for this session"), tr("Ask me each time"));
}

void ConsentDialog::build(const QString& heading, QWidget* body, const QString& allowText, const QString& denyText)
{
    setWindowTitle(tr("Permission request"));
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    auto* title = new QLabel(heading);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_allow = new QPushButton(allowText);
    m_deny = new QPushButton(denyText);
    m_deny->setDefault(true);  // Enter never grants anything by accident
    m_deny->setAutoDefault(true);
    m_allow->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_deny);
    buttons->addWidget(m_allow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    setMinimumWidth(420);
    connect(m_allow, &QPushButton::clicked, this, [this] { finish(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { finish(false); });
}

void ConsentDialog::reject()
{
    finish(false);  // Escape or the window's close button: no
}

void ConsentDialog::finish(bool allow)
{
    if (m_answered) return;
    m_answered = true;
    emit answered(allow);
    QDialog::done(allow ? Accepted : Rejected);
}

}  // namespace lifeline::applet
