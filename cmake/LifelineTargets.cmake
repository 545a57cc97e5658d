# Helpers that give every Lifeline target the same warnings, include root and alias.

function(lifeline_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(LIFELINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# lifeline_module(<name> SOURCES ... ) -> static library lifeline_<name>, alias lifeline::<name>.
# Includes are rooted at libs/ ("core/protocol/frame_reader.h").
function(lifeline_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    add_library(lifeline_${name} STATIC ${ARG_SOURCES})
    add_library(lifeline::${name} ALIAS lifeline_${name})
    target_include_directories(lifeline_${name} PUBLIC ${PROJECT_SOURCE_DIR}/libs)
    lifeline_warnings(lifeline_${name})
endfunction()

# Precompiled Qt headers for targets that use Qt (2 cores: every second counts).
function(lifeline_qt_pch target)
    target_precompile_headers(${target} PRIVATE <QtCore/QObject> <QtCore/QByteArray> <QtCore/QString>
        <QtCore/QTimer> <QtCore/QDateTime>)
endfunction()

# The same for widget code (applet, console, shared widgets).
function(lifeline_qt_widgets_pch target)
    target_precompile_headers(${target} PRIVATE <QtCore/QObject> <QtCore/QString> <QtCore/QTimer>
        <QtWidgets/QWidget> <QtWidgets/QLabel> <QtWidgets/QPushButton> <QtWidgets/QBoxLayout>)
endfunction()
