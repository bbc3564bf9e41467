# Checks that includes follow the layers (README, Contributing):
#
#   model/           Qt6::Core only, and nothing from app/
#   app/net/         Qt Core, Network and Concurrent; nothing from app/gui/
#   app/cli/         the same: the headless commands build and run without the GUI libraries
#
# Usage: cmake -DSOURCE_DIR=<tree> -DQT_INCLUDE_ROOT=<the qt6 include folder> -P checklayers.cmake
# Prints one line per include against the direction (file:line, the include, why) and fails when
# there is any. CTest runs it on the source tree and on a planted tree (violations/) that must
# fail with a known count.

cmake_minimum_required(VERSION 3.21)

if(NOT IS_DIRECTORY "${SOURCE_DIR}" OR NOT IS_DIRECTORY "${QT_INCLUDE_ROOT}/QtCore")
    message(FATAL_ERROR "checklayers: pass -DSOURCE_DIR=<tree> -DQT_INCLUDE_ROOT=<qt6 include folder>")
endif()
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" REALPATH)

# The Qt modules installed, by include folder (QtCore, QtGui, QtWidgets, QtCharts, ...).
file(GLOB qt_modules LIST_DIRECTORIES true RELATIVE "${QT_INCLUDE_ROOT}" "${QT_INCLUDE_ROOT}/Qt*")

# qt_module_of(HEADER OUT): the Qt module an angle include belongs to, or "" when it is not Qt's.
function(qt_module_of header out)
    string(REGEX MATCH "^[^/]+" first "${header}")
    if(first IN_LIST qt_modules) # <QtWidgets/QWidget>, <QtWidgets>
        set(${out} "${first}" PARENT_SCOPE)
        return()
    endif()
    foreach(module IN LISTS qt_modules) # <QWidget>
        if(EXISTS "${QT_INCLUDE_ROOT}/${module}/${header}"
            AND NOT IS_DIRECTORY "${QT_INCLUDE_ROOT}/${module}/${header}")
            set(${out} "${module}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out} "" PARENT_SCOPE)
endfunction()

set(violations 0)

# check_layer(NAME FOLDER ROOTS roots... FORBIDDEN dirs... QT modules...)
#   ROOTS      folders quoted includes resolve against (after the including file's own folder)
#   FORBIDDEN  folders the layer must not include from (a quoted include that resolves there, or
#              that only exists there)
#   QT         the Qt modules the layer may include
function(check_layer name folder)
    cmake_parse_arguments(ARG "" "" "ROOTS;FORBIDDEN;QT" ${ARGN})
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    list(SORT files)
    set(count 0)
    foreach(file IN LISTS files)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        get_filename_component(dir "${file}" DIRECTORY)
        file(STRINGS "${file}" lines)
        set(line_no 0)
        foreach(line IN LISTS lines)
            math(EXPR line_no "${line_no} + 1")
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
                continue()
            endif()
            set(kind "${CMAKE_MATCH_1}")
            set(header "${CMAKE_MATCH_2}")
            set(problem "")
            set(close "\"")
            if(kind STREQUAL "<")
                set(close ">")
                qt_module_of("${header}" module)
                if(module AND NOT module IN_LIST ARG_QT)
                    string(JOIN ", " allowed ${ARG_QT})
                    set(problem "${module} is not a module ${name} may use (only ${allowed})")
                endif()
            else()
                set(resolved "")
                foreach(root IN ITEMS "${dir}" ${ARG_ROOTS})
                    if(EXISTS "${root}/${header}" AND NOT IS_DIRECTORY "${root}/${header}")
                        get_filename_component(resolved "${root}/${header}" REALPATH)
                        break()
                    endif()
                endforeach()
                foreach(forbidden IN LISTS ARG_FORBIDDEN)
                    set(forbidden "${SOURCE_DIR}/${forbidden}")
                    if(resolved)
                        string(FIND "${resolved}" "${forbidden}/" at)
                        if(at EQUAL 0)
                            file(RELATIVE_PATH where "${SOURCE_DIR}" "${resolved}")
                            set(problem "resolves to ${where}, above ${name}")
                        endif()
                    elseif(EXISTS "${forbidden}/${header}")
                        file(RELATIVE_PATH where "${SOURCE_DIR}" "${forbidden}/${header}")
                        set(problem "only exists above ${name}, as ${where}")
                    endif()
                endforeach()
            endif()
            if(problem)
                message("checklayers: ${shown}:${line_no}: #include ${kind}${header}${close}: ${problem}")
                math(EXPR count "${count} + 1")
            endif()
        endforeach()
    endforeach()
    math(EXPR total "${violations} + ${count}")
    set(violations ${total} PARENT_SCOPE)
endfunction()

set(app "${SOURCE_DIR}/app")
set(model "${SOURCE_DIR}/model")
check_layer(ec2lab_model model ROOTS "${model}" FORBIDDEN app app/gui QT QtCore)
check_layer(ec2lab_net app/net ROOTS "${app}" "${model}" FORBIDDEN app/gui QT QtCore QtNetwork QtConcurrent)
check_layer(ec2lab_cli app/cli ROOTS "${app}" "${model}" FORBIDDEN app/gui QT QtCore QtNetwork QtConcurrent)

if(violations GREATER 0)
    message(FATAL_ERROR "checklayers: ${violations} include(s) against the layers")
endif()
message("checklayers: model/, app/net/ and app/cli/ include nothing above them")
