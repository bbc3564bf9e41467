#include "money.h"

#include <QTest>

using ec2lab::Money;

/// Money must parse AWS decimal strings exactly and round only where asked.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void mulDiv_data();
    void mulDiv();
    void formatting();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("AWS ten-decimal price") << "0.0960000000" << qint64(96'000'000);
    QTest::newRow("whole dollars") << "494" << qint64(494'000'000'000);
    QTest::newRow("negative") << "-1.5" << qint64(-1'500'000'000);
    QTest::newRow("leading dot") << ".5" << qint64(500'000'000);
    QTest::newRow("plus sign") << "+2" << qint64(2'000'000'000);
    QTest::newRow("nine decimals") << "0.000000001" << qint64(1);
    QTest::newRow("zero") << "0.0000000000" << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    const auto m = Money::parse(text);
    QVERIFY(m.has_value());
    QCOMPARE(m->nanos(), nanos);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("AWS corrupt value") << "v000000";
    QTest::newRow("empty") << "";
    QTest::newRow("trailing dot") << "5.";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("space") << " 1";
    QTest::newRow("tenth decimal not zero") << "0.0000000001";
    QTest::newRow("too large") << "99999999999";
    QTest::newRow("two dots") << "1.2.3";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QString why;
    QVERIFY(!Money::parse(text, &why).has_value());
    QVERIFY(!why.isEmpty());
}

void TestMoney::mulDiv_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<QString>("expected");
    // 0.096 USD/h for 1234 s = 0.032906666.. -> 0.032906667
    QTest::newRow("m5.large 1234 s") << "0.096" << qint64(1234) << qint64(3600) << "0.032906667";
    QTest::newRow("m5.large 730 h") << "0.096" << qint64(730) << qint64(1) << "70.08";
    QTest::newRow("EIP one hour") << "0.005" << qint64(3600) << qint64(3600) << "0.005";
    QTest::newRow("half rounds away from zero") << "0.000000001" << qint64(1) << qint64(2) << "0.000000001";
    QTest::newRow("negative half") << "-0.000000001" << qint64(1) << qint64(2) << "-0.000000001";
}

void TestMoney::mulDiv()
{
    QFETCH(QString, price);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(QString, expected);
    QCOMPARE(Money::parse(price)->mulDiv(num, den), *Money::parse(expected));
}

void TestMoney::formatting()
{
    QCOMPARE(Money::parse(QStringLiteral("2522.88"))->toString(2), QStringLiteral("2522.88"));
    QCOMPARE(Money::parse(QStringLiteral("0.005"))->toString(2), QStringLiteral("0.01"));
    QCOMPARE(Money::parse(QStringLiteral("0.0049"))->toString(2), QStringLiteral("0.00"));
    QCOMPARE(Money::parse(QStringLiteral("-0.005"))->toString(2), QStringLiteral("-0.01"));
    QCOMPARE(Money::parse(QStringLiteral("0.096"))->toString(6), QStringLiteral("0.096000"));
    QCOMPARE(Money::parse(QStringLiteral("0.0960000000"))->toPlainString(), QStringLiteral("0.096"));
    QCOMPARE(Money::parse(QStringLiteral("494"))->toPlainString(), QStringLiteral("494"));
    QCOMPARE(Money::parse(QStringLiteral("494"))->toPlainString(2), QStringLiteral("494.00"));
    QCOMPARE(Money::parse(QStringLiteral("0.30"))->times(*Money::parse(QStringLiteral("8"))).toString(2),
        QStringLiteral("2.40"));
    QCOMPARE(
        Money::parse(QStringLiteral("494"))->dividedBy(*Money::parse(QStringLiteral("8760"))).toString(6),
        QStringLiteral("0.056393"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
