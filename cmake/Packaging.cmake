# SPDX-License-Identifier: GPL-3.0-or-later
# Packages made with CPack from the install() rules: a .deb on Linux (cpack -G DEB), an NSIS
# installer and an MSI (WiX) on Windows, a drag-and-drop DMG on macOS. Only the .deb is built and
# checked here (.ci/check-package.sh); the Windows and macOS ones are written as those platforms
# expect and are untested.

# Windows and macOS have no system Qt: the installed program takes Qt's libraries and plugins
# with it, copied by windeployqt or macdeployqt at install time.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET milepost OUTPUT_SCRIPT milepost_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET milepost FILENAME_VARIABLE milepost_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${milepost_deploy_script}")
endif()

# The package version is the project's, which package managers can order; the program itself
# reports the git-described version (cmake/GitVersion.cmake).
set(CPACK_PACKAGE_NAME "Milepost")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Milepost developers")
set(CPACK_PACKAGE_CONTACT "The Milepost developers <milepost@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "District operations dashboard for school district staff")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/milepost/milepost")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Milepost")
set(CPACK_PACKAGE_EXECUTABLES "milepost;Milepost")
set(CPACK_STRIP_FILES ON)
# WiX takes a licence only as .txt or .rtf.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# Debian: Depends comes from the shared libraries the program links (dpkg-shlibdeps). Added by
# hand is what the program uses without linking it: a font for the PDFs that "milepost report"
# writes without a display (Debian 12's fontconfig-config happens to pull one in as well). Qt's
# xcb and offscreen platform plugins are in libqt6gui6, which the program links; qt6-qpa-plugins
# holds only the VNC and TUIO ones. The SVG icon engine is in libqt6svg6, also linked. Wayland
# sessions run the program through XWayland unless Qt's own Wayland plugin is installed.
set(CPACK_DEBIAN_PACKAGE_NAME "milepost")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "District operations dashboard for school district staff
 Milepost loads a superintendent's plan report into one SQLite database and shows its objectives
 and milestones as a searchable tree, a timeline by school-year quarter and a dashboard. It
 imports staffing, enrollment and capital project CSV exports, prints milestone reports to PDF
 and exports CSV, from the window or the command line.")

# Windows: a Start menu entry (CPACK_PACKAGE_EXECUTABLES) and an uninstaller. The WiX upgrade code
# stays the same for every version, so that a newer MSI replaces an older one.
set(CPACK_NSIS_DISPLAY_NAME "Milepost")
set(CPACK_NSIS_PACKAGE_NAME "Milepost")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/milepost.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/milepost.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\milepost.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "7C0E4B1A-3D5F-4E8B-9A26-5B1F0D7C6E43")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/milepost.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Milepost")

# macOS: the bundle (app/CMakeLists.txt) in a DMG, with a link to /Applications to drag it onto.
set(CPACK_DMG_VOLUME_NAME "Milepost")
set(CPACK_DMG_FORMAT "UDBZ")

include(CPack)
