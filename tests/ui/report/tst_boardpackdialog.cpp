// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"
#include "dashboard/dashboardfixture.h"

#include "dashboard/capitalpage.h"
#include "dashboard/keyfiguretile.h"
#include "report/boardpack.h"
#include "report/boardpackdialog.h"
#include "report/offscreendashboard.h"
#include "report/reportactions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace milepost;
using namespace milepost::test;
using Kind = BoardPackSection::Kind;

namespace {

QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
    return at < 0 ? QChar() : text.at(at + 1).toLower();
}

} // namespace

TEST_CASE("the board pack dialog is used from the keyboard alone", "[report][boardpack][dialog]")
{
    isolateSettings();
    BoardPackDialog dialog({Kind::PlanSummary, Kind::Capital}, true);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.sections() == QList<Kind>{Kind::PlanSummary, Kind::Capital});
    REQUIRE(dialog.grab().save(testOutputPath(QStringLiteral("board-pack-dialog.png"))));

    // Every choice has a mnemonic of its own.
    QSet<QChar> mnemonics;
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    int withText = 0;
    for (QAbstractButton *button : buttons) {
        if (button->text() == QStringLiteral("Cancel") || button->text().isEmpty())
            continue;
        ++withText;
        INFO(button->text().toStdString());
        const QChar mnemonic = mnemonicOf(button->text());
        CHECK_FALSE(mnemonic.isNull());
        CHECK_FALSE(mnemonics.contains(mnemonic));
        mnemonics.insert(mnemonic);
    }
    CHECK(withText == 10); // six sections, the drilled rows, three outputs

    // Tab walks the sections in order; Space checks one.
    dialog.sectionBox(Kind::PlanSummary)->setFocus(Qt::TabFocusReason);
    for (Kind kind : BoardPackSection::all()) {
        INFO(BoardPackSection::key(kind).toStdString());
        CHECK(QApplication::focusWidget() == dialog.sectionBox(kind));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QTest::keyClick(dialog.sectionBox(Kind::Timeline), Qt::Key_Space);
    CHECK(dialog.sections() == QList<Kind>{Kind::PlanSummary, Kind::Timeline, Kind::Capital});

    // Nothing chosen, nothing to make.
    dialog.setSections({});
    CHECK_FALSE(dialog.pdfButton()->isEnabled());
    CHECK_FALSE(dialog.previewButton()->isEnabled());
    QTest::keyClick(dialog.sectionBox(Kind::Staffing), Qt::Key_Space);
    CHECK(dialog.pdfButton()->isEnabled());
    CHECK(dialog.pdfButton()->isDefault());

    // Tab reaches the drilled rows' box and the outputs; Space on Print Preview… chooses it.
    dialog.sectionBox(Kind::Capital)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog.sectionBox(Kind::Capital), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.findChild<QCheckBox *>(QStringLiteral("drilledTables")));
    QWidget *stop = QApplication::focusWidget();
    for (int tab = 0; tab < 5 && stop != dialog.previewButton(); ++tab) {
        QTest::keyClick(stop, Qt::Key_Tab);
        stop = QApplication::focusWidget();
    }
    REQUIRE(stop == dialog.previewButton());
    QTest::keyClick(stop, Qt::Key_Space);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.output() == BoardPackDialog::Output::Preview);
}

TEST_CASE("printing from a dashboard page prints that page, the board pack binds what was chosen",
          "[report][boardpack][actions]")
{
    isolateSettings();
    const OffscreenDashboard dashboard(shippedData(), DashboardFilter{QString(), QString(), QString(), QString(), planAsOf()});
    std::optional<Kind> inFront = Kind::Capital;
    QWidget window;
    ReportActions actions(
        &window,
        [] {
            ReportActions::Context context;
            context.plan = bundledPlan();
            context.asOf = planAsOf();
            return context;
        },
        {});
    actions.setDashboard([&] {
        ReportActions::Dashboard state;
        dashboard.fill(&state.pages);
        state.inFront = inFront;
        return state;
    });
    CHECK(actions.boardPackAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    const QString capital = testOutputPath(QStringLiteral("actions-capital.pdf"));
    QString error;
    int pages = 0;
    REQUIRE(actions.writePdf(capital, &error, &pages));
    QString first = popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), capital, QStringLiteral("-")}).simplified();
    CHECK(first.contains(QStringLiteral("Dashboard: Capital projects")));
    CHECK(first.contains(QStringLiteral("Estimate at completion")));
    CHECK_FALSE(first.contains(QStringLiteral("Milestone report")));
    CHECK(pdfPageCount(capital) == pages);

    inFront.reset(); // the plan's views in front: the plan's report, as before
    const QString plan = testOutputPath(QStringLiteral("actions-plan.pdf"));
    REQUIRE(actions.writePdf(plan, &error, &pages));
    CHECK(pdfPageTexts(plan).first().simplified().contains(QStringLiteral("Milestone report: 100-Day Plan")));

    const QString pack = testOutputPath(QStringLiteral("actions-pack.pdf"));
    REQUIRE(actions.writeBoardPack(pack, {Kind::Capital, Kind::PlanSummary}, &error, &pages));
    const QString contents = pdfPageTexts(pack).first().simplified();
    CHECK(contents.contains(QStringLiteral("1. Capital projects pages 2–")));
    CHECK(contents.contains(QStringLiteral("2. Plan summary page ")));
    CHECK(pdfPageCount(pack) == pages);

    // The sections chosen last are offered again.
    actions.setBoardPackSections({Kind::Staffing, Kind::Timeline}, false);
    CHECK(ReportActions(&window, {}, {}).boardPackSections() == QList<Kind>{Kind::Staffing, Kind::Timeline});
}

TEST_CASE("a dashboard page printed in another language than the window's speaks it", "[report][boardpack][language]")
{
    isolateSettings();
    const DashboardData data = shippedData();
    const DashboardFilter filter{QString(), QString(), QString(), QString(), planAsOf()};
    const OffscreenDashboard dashboard(data, filter); // in the window's language, English
    QWidget window;
    ReportActions actions(
        &window,
        [] {
            ReportActions::Context context;
            context.plan = bundledPlan();
            context.asOf = planAsOf();
            return context;
        },
        {});
    actions.setDashboard([&] {
        ReportActions::Dashboard state;
        dashboard.fill(&state.pages);
        state.data = &data;
        state.inFront = Kind::Capital;
        return state;
    });
    ReportPageOptions options;
    options.language = QStringLiteral("es");
    actions.setPageOptions(options);
    const QString path = testOutputPath(QStringLiteral("actions-capital-es.pdf"));
    QString error;
    REQUIRE(actions.writePdf(path, &error));
    const QString text = popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("Estimado final")));
    CHECK(text.contains(QStringLiteral("Presupuesto")));
    CHECK_FALSE(text.contains(QStringLiteral("Estimate at completion")));
    // The window's own pages still speak English.
    CHECK(dashboard.capital().tiles().at(2)->caption() == QStringLiteral("Estimate at completion"));
}
