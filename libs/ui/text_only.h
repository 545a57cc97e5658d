#pragma once

namespace lifeline::ui {

// Whether the command line asks only for text (--help, --help-all, --version and their short
// forms) that a program prints and exits on. Such a run must not need a display, so a GUI
// program checks this before it makes its QApplication and answers with a
// QCoreApplication instead. Arguments after "--" are not options.
bool asksOnlyForText(int argc, const char* const* argv);

}  // namespace lifeline::ui
