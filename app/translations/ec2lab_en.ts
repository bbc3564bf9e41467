<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CostComputation</name>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="30"/>
        <source>This scenario has no lab script: run something in the lifecycle lab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="67"/>
        <source>Get it with File › Import prices or File › Update prices…</source>
        <extracomment>How to get a missing price: the menu items of the File menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="76"/>
        <source>This option cannot be priced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="84"/>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="87"/>
        <source>Reserved Instance (%1)</source>
        <extracomment>%1 is an offer such as &quot;standard/1yr/all-upfront&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="90"/>
        <source>Savings Plan (%1)</source>
        <extracomment>%1 is an offer such as &quot;compute/1yr/no-upfront&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="92"/>
        <source>Dedicated Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="94"/>
        <source>Dedicated Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="97"/>
        <source>EBS %1</source>
        <extracomment>%1 is an EBS volume type such as gp3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="99"/>
        <source>public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="101"/>
        <source>data transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="103"/>
        <source>Spot savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="108"/>
        <source>No %1 price in %2 in the offline prices</source>
        <extracomment>%1 is the kind of price (&quot;Dedicated Host&quot;), %2 the instance type or family, %3 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costcomputation.cpp" line="109"/>
        <source>No %1 price for %2 in %3 in the offline prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AddressCard</name>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="32"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="34"/>
        <source>Address card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37"/>
        <source>Private IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37"/>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37"/>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37"/>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="38"/>
        <source>Public DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="38"/>
        <source>Private DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="51"/>
        <source>Change on another instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="72"/>
        <source>Changed at the last transition (was %1)</source>
        <extracomment>Tooltip of an address that changed; %1 is the address it had before, or &quot;none&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="73"/>
        <source>none</source>
        <comment>no address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BillingMeterCard</name>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="11"/>
        <location filename="../gui/lab/billingmetercard.cpp" line="13"/>
        <source>Billing meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="29"/>
        <source>Instance usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="29"/>
        <source>Instance usage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="30"/>
        <source>EBS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="30"/>
        <source>EBS cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="31"/>
        <source>Public IPv4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="31"/>
        <source>Public IPv4 cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="32"/>
        <source>Elastic IPs (lab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="32"/>
        <source>Elastic IP cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="33"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="33"/>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="34"/>
        <source>Billed seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="34"/>
        <source>Billed seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/billingmetercard.cpp" line="40"/>
        <source>Price and its source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BreakdownChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="460"/>
        <source>Cost breakdown over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/charts/costcharts.cpp" line="490"/>
        <source>USD over %n month(s)</source>
        <translation>
            <numerusform>USD over %n month</numerusform>
            <numerusform>USD over %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="500"/>
        <source>Cost breakdown (USD over the horizon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ChartBase</name>
    <message>
        <location filename="../gui/charts/chartbase.cpp" line="38"/>
        <source>Chart assumptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="66"/>
        <source>Prices as of %1</source>
        <extracomment>Chart note: %1 is the date of the price snapshot, or &quot;the scenario&apos;s own prices&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="68"/>
        <source>the scenario&apos;s own prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="73"/>
        <source>Months of %1 hours</source>
        <extracomment>Chart note: every month counts %1 hours (730 by default)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="75"/>
        <source>Calendar months from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="81"/>
        <source>USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="444"/>
        <source>Instance usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="446"/>
        <source>Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="448"/>
        <source>EBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="450"/>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="452"/>
        <source>Data transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="453"/>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostWorkspace</name>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="46"/>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="48"/>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="50"/>
        <source>Options to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="68"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="69"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="70"/>
        <source>Monthly cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="71"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="72"/>
        <source>Spot range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="103"/>
        <source>Summary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="117"/>
        <source>Show &amp;calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="120"/>
        <source>How each figure was computed, in the AWS Pricing Calculator&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="122"/>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="140"/>
        <source>Price notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="147"/>
        <source>Price snapshot of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="276"/>
        <source>“estimate”, “derived price”: not a published figure; the rule is in the row&apos;s tooltip and under Show calculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="280"/>
        <source>“No price”: none for this Region or type in the offline price data. %1</source>
        <extracomment>%1 says how to get the missing prices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="292"/>
        <source>%1 · USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="355"/>
        <source>Prices typed in this scenario for %1 in %2 override the catalog&apos;s (changing the Region drops them; changing the type drops those of the old type).</source>
        <extracomment>%1 instance types, %2 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="368"/>
        <source>%1 has no figures: %2 — %3</source>
        <extracomment>%1 the option, %2 why it has no price, %3 how to get it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="79"/>
        <source>Chart scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="80"/>
        <source>Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="81"/>
        <source>Logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="82"/>
        <source>A logarithmic money axis keeps every option readable when one costs far more than the rest (a Dedicated Host, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="84"/>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="92"/>
        <source>Change chart scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CumulativeChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="234"/>
        <source>Cumulative cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="245"/>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="256"/>
        <source>USD</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="269"/>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="316"/>
        <source>break-even month %1</source>
        <extracomment>Marker on the cumulative chart: %1 is the month number where an option overtakes On-Demand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="345"/>
        <source>Cumulative cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="250"/>
        <source>USD (logarithmic scale)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::EventLogModel</name>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="65"/>
        <source>change instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="67"/>
        <source>termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="69"/>
        <source>stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="71"/>
        <source>allocate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="73"/>
        <source>associate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="75"/>
        <source>disassociate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="77"/>
        <source>release Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="79"/>
        <source>OS shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="81"/>
        <source>Spot interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="83"/>
        <source>Spot capacity returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="85"/>
        <source>scheduled retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="87"/>
        <source>launch failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="51"/>
        <source>launch</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="53"/>
        <source>start</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="55"/>
        <source>stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="57"/>
        <source>hibernate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="59"/>
        <source>force stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="61"/>
        <source>reboot</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="63"/>
        <source>terminate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="97"/>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="99"/>
        <source>running</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="101"/>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="103"/>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="105"/>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="107"/>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="118"/>
        <source>%1 accepted</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="121"/>
        <source>%1 refused</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;; AWS refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="123"/>
        <source>entered state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="125"/>
        <source>addresses changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="127"/>
        <source>Spot interruption notice (2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="129"/>
        <source>reboot completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="131"/>
        <source>resumed from hibernation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="133"/>
        <source>hibernated longer than 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="135"/>
        <source>instance-store data lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="137"/>
        <source>volume deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="139"/>
        <source>volume kept (still billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="141"/>
        <source>instance vanished from the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="143"/>
        <source>no public address left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="187"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="189"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="191"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="193"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="195"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ExportDialog</name>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="38"/>
        <location filename="../gui/export/exportdialog.cpp" line="142"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="69"/>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="70"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="73"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="77"/>
        <location filename="../gui/export/exportdialog.cpp" line="82"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="78"/>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="83"/>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="87"/>
        <source>Dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="88"/>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="89"/>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="90"/>
        <source>&amp;DPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="92"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="159"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="52"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="53"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="54"/>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="55"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="56"/>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="57"/>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="60"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::InstanceTypeModel</name>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="50"/>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="52"/>
        <source>Compute optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="54"/>
        <source>Memory optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="56"/>
        <source>Accelerated computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="58"/>
        <source>Storage optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="62"/>
        <location filename="../gui/cost/typepicker.cpp" line="255"/>
        <location filename="../gui/cost/typepicker.cpp" line="260"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="224"/>
        <source>The price source gives no specs for %1: vCPU and memory are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="227"/>
        <source>Derived from the family name (%1): the price source gives no category for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="230"/>
        <source>The price source gives no category for this type, and its family name is not one of AWS&apos;s five groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="258"/>
        <source>previous</source>
        <comment>instance generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="259"/>
        <source>current</source>
        <comment>instance generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="275"/>
        <source>Linux On-Demand, shared tenancy: no price catalog is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="276"/>
        <source>Linux On-Demand, shared tenancy, prices as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="282"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="284"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="286"/>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="272"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="294"/>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="297"/>
        <source>On-Demand
USD/h</source>
        <extracomment>Column header of the type picker, two lines: the Linux On-Demand price per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="289"/>
        <source>Memory
GiB</source>
        <extracomment>Column header of the type picker, two lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="292"/>
        <source>Arch.</source>
        <extracomment>Column header of the type picker, short for &quot;Architecture&quot; (its tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabController</name>
    <message>
        <location filename="../gui/lab/labcontroller.cpp" line="111"/>
        <location filename="../gui/lab/labcontroller.cpp" line="277"/>
        <location filename="../gui/lab/labcontroller.cpp" line="309"/>
        <source>lab script</source>
        <extracomment>Names the lab&apos;s script where an error message would name a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labcontroller.cpp" line="314"/>
        <source>Launch %1</source>
        <extracomment>Undo history entry: %1 is the new instance&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabWorkspace</name>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="89"/>
        <location filename="../gui/lab/labworkspace.cpp" line="92"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="95"/>
        <source>&amp;Launch instance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="96"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="97"/>
        <source>Launch a new instance (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="105"/>
        <source>Guided lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="120"/>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="124"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="185"/>
        <location filename="../gui/lab/labworkspace.cpp" line="368"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="188"/>
        <location filename="../gui/lab/labworkspace.cpp" line="193"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="253"/>
        <source>Actions and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="262"/>
        <source>StartInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="262"/>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="263"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="263"/>
        <source>StopInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="264"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="265"/>
        <source>StopInstances with Hibernate=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="267"/>
        <source>StopInstances with Force=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="268"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="268"/>
        <source>RebootInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="262"/>
        <source>Start</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="263"/>
        <source>Stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="264"/>
        <source>Hibernate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="266"/>
        <source>Force stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="268"/>
        <source>Reboot</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="269"/>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="270"/>
        <source>TerminateInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="269"/>
        <source>Terminate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="271"/>
        <source>Change type...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="272"/>
        <source>ModifyInstanceAttribute InstanceType (only while stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="273"/>
        <source>Termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="274"/>
        <source>Toggle disableApiTermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="275"/>
        <source>Stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="275"/>
        <source>Toggle disableApiStop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="276"/>
        <source>Allocate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="276"/>
        <source>AllocateAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="277"/>
        <source>Associate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="278"/>
        <source>AssociateAddress with the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="279"/>
        <source>Disassociate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="279"/>
        <source>DisassociateAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="280"/>
        <source>Release EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="280"/>
        <source>ReleaseAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="283"/>
        <source>OS shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="283"/>
        <source>&apos;sudo shutdown&apos; inside the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="284"/>
        <source>Spot interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="285"/>
        <source>EC2 reclaims Spot capacity (2-minute notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="286"/>
        <source>Capacity returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="287"/>
        <source>Spot capacity is available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="288"/>
        <source>Scheduled retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="289"/>
        <source>The underlying host is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="290"/>
        <source>Launch failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="291"/>
        <source>InsufficientInstanceCapacity while pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="309"/>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="314"/>
        <source>Events (not API calls, never blocked by protections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="320"/>
        <source>Simulated clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="327"/>
        <location filename="../gui/lab/labworkspace.cpp" line="830"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="329"/>
        <source>Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="330"/>
        <source>Play or pause the simulated clock (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="331"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="334"/>
        <source>⏸ The clock is paused: press Play or Step to let simulated time pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="682"/>
        <source>Elastic IP %1 moved: %2 → %3</source>
        <extracomment>Note on the state diagram: %1 the Elastic IP, %2 and %3 the instances it moved from and to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="728"/>
        <source>none</source>
        <extracomment>No address (in &quot;Elastic IP 192.0.2.1 → none&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="732"/>
        <source>Elastic IP %1 moved from %2 to %3. On %4: Elastic IP %5 → %6, public IPv4 %7 → %8.</source>
        <extracomment>Under the address card: %1 the Elastic IP, %2 and %3 the instances it moved from and to, %4 the other instance, %5..%8 its Elastic IP and public IPv4 before and after (&quot;none&quot; if none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="787"/>
        <source>Not billed for instance usage while %1, and no EBS volume is left to bill</source>
        <extracomment>%1 is an instance state name, such as &quot;terminated&quot;; the instance&apos;s EBS volumes were deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="830"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="904"/>
        <source>An Elastic IP must be allocated before use, and cannot be used once released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="906"/>
        <source>The request forbade reassociation (allow_reassociation false); without that, an address in use moves to the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="909"/>
        <source>A Region allows 5 Elastic IPs by default: release one, or raise the quota (eip_quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="911"/>
        <source>An Elastic IP cannot be associated while the instance is pending: wait until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="340"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="341"/>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="342"/>
        <source>Jump to the next transition (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="345"/>
        <source>Clock speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="348"/>
        <source>1x (real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="349"/>
        <source>60x (a minute per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="350"/>
        <source>3600x (an hour per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="355"/>
        <source>Time scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="356"/>
        <source>Drag to go back (or forward) in simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="371"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="372"/>
        <source>Show or hide the timeline and the event log (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="373"/>
        <source>Show the timeline and the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="760"/>
        <source>No instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="669"/>
        <source>hibernating (billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="671"/>
        <source>hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="674"/>
        <source>interruption at +%1</source>
        <extracomment>Shown in the state&apos;s box: %1 is the simulated time of the Spot interruption (H:MM:SS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="677"/>
        <source>until +%1</source>
        <extracomment>Shown in a transitional state&apos;s box: %1 is the simulated time it ends (H:MM:SS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="777"/>
        <source>Billable now: running (SUSE: per started hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="778"/>
        <source>Billable now: running (per second, 60 s minimum per run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="780"/>
        <source>Billable now: hibernating (the stopping time is billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="783"/>
        <source>Not billed for instance usage while %1; EBS still bills</source>
        <extracomment>%1 is an instance state name, such as &quot;stopped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="637"/>
        <source>%1 · %2 · %3 · %4 USD/h%5%6</source>
        <extracomment>%1 instance id, %2 instance type, %3 platform, %4 price per hour, %5 &quot; · Spot&quot; or nothing, %6 the protections (&quot; · termination protection&quot; and &quot; · stop protection&quot;) or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="640"/>
        <source> · Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="641"/>
        <source> · termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="642"/>
        <source> · stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="839"/>
        <source>&lt;b&gt;The lab script has a problem:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="865"/>
        <source>%1 USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="867"/>
        <source>Price: %1 from the price catalog (%2, as of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="869"/>
        <source>Price: %1, set in the lab script (not a catalog price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="871"/>
        <source>Public IPv4: %1 USD/h, the AWS rate since 2024-02-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="885"/>
        <source>Hibernation is possible only from running, and not in the first minutes after a launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="888"/>
        <source>The instance type can only be changed while the instance is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="889"/>
        <source>This action is not allowed from the instance&apos;s current state: follow the arrows of the state diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="893"/>
        <source>A protection attribute blocks this API call. Turn the protection off first; events such as an OS shutdown are not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="896"/>
        <source>Instances with an instance-store root device cannot be stopped, and Spot Instances cannot have termination protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="899"/>
        <source>Hibernation must be enabled when the instance is launched; it cannot be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="901"/>
        <source>A terminated instance disappears about an hour after termination; after that no API call can name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="921"/>
        <source>&lt;b&gt;%1&lt;/b&gt; accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="923"/>
        <source>: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="935"/>
        <source>%1 was disassociated from %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="937"/>
        <source>%1 moved here from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="941"/>
        <source>%1 has no public IPv4 address now.</source>
        <extracomment>%1 the instance the Elastic IP left; %2 its new auto-assigned public IPv4 address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="942"/>
        <source>%1 now has the public IPv4 address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="950"/>
        <source>&lt;b&gt;%1 refused — %2&lt;/b&gt;&lt;br&gt;%3%4</source>
        <extracomment>%1 the action and instance, %2 the AWS error code, %3 AWS&apos;s message, %4 the rule behind it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="957"/>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="975"/>
        <source>Launch an instance first: this action needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="993"/>
        <source>Change instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="993"/>
        <source>New instance type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1018"/>
        <source>%1 (%2, on %3)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address, %3 the instance it is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1021"/>
        <source>%1 (%2, not associated)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1037"/>
        <source>There is no Elastic IP to use: allocate one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1044"/>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1046"/>
        <source>Elastic IP (one on another instance moves to this one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1047"/>
        <source>Elastic IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="1058"/>
        <source>%1 %2</source>
        <extracomment>Undo history entry: %1 is an instance action (&quot;start&quot;), %2 the instance&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LaunchDialog</name>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="61"/>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="63"/>
        <source>Compute optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="65"/>
        <source>Memory optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="67"/>
        <source>Accelerated computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="69"/>
        <source>Storage optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="78"/>
        <source>Amazon Linux 2023 (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="80"/>
        <source>Ubuntu Server 24.04 LTS (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="82"/>
        <source>Windows Server 2022 Base (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="84"/>
        <source>Red Hat Enterprise Linux 9 (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="86"/>
        <source>SUSE Linux Enterprise Server 15 (EBS root, billed per started hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="88"/>
        <source>Amazon Linux, instance-store root (cannot be stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="97"/>
        <source>Launch an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="105"/>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="106"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="109"/>
        <source>Machine image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="112"/>
        <source>&amp;Machine image (AMI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="115"/>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="134"/>
        <source>Instance &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="137"/>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="140"/>
        <source>&amp;Price (USD per hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="143"/>
        <source>Source of the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="147"/>
        <source>On-Demand</source>
        <comment>purchasing option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="148"/>
        <source>Spot</source>
        <comment>purchasing option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="152"/>
        <source>Terminate</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="153"/>
        <source>Stop</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="154"/>
        <source>Hibernate</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="192"/>
        <source>none</source>
        <comment>no data volume</comment>
        <extracomment>Shown in the data volume size box at 0 GB: launch without a data volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="149"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="150"/>
        <source>M&amp;arket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="155"/>
        <source>Spot interruption behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="156"/>
        <source>Spot &amp;interruption behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="158"/>
        <source>Auto-assign a public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="161"/>
        <source>Termination protection (disableApiTermination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="163"/>
        <source>Stop protection (disableApiStop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="165"/>
        <source>Enable hibernation (needs an encrypted EBS root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="168"/>
        <source>Stop</source>
        <comment>shutdown behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="169"/>
        <source>Terminate</source>
        <comment>shutdown behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="170"/>
        <source>Shutdown behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="171"/>
        <source>&amp;Shutdown behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="173"/>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="178"/>
        <source>Root volume type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="183"/>
        <location filename="../gui/lab/launchdialog.cpp" line="193"/>
        <source> GB</source>
        <extracomment>Unit after the number in a size box; keep the leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="184"/>
        <source>Root volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="187"/>
        <source>Root volume (deleted on termination):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="194"/>
        <source>Data volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="195"/>
        <source>Delete on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="198"/>
        <source>Extra gp3 data volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="202"/>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="229"/>
        <source>On-Demand price from the price catalog: %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="255"/>
        <source>Spot: this price is saved in the lab script (the catalog only has On-Demand prices here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="257"/>
        <source>Not in the price catalog for this image and region: built-in classroom price (Linux On-Demand, us-east-1); it is saved in the lab script. Edit it for another platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="260"/>
        <source>Your price: it is saved in the lab script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LessonPanel</name>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="44"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="50"/>
        <location filename="../gui/lab/lessonpanel.cpp" line="157"/>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="51"/>
        <source>Load the lesson into the lab and show its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="62"/>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="66"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="67"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="68"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="69"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="70"/>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="71"/>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="159"/>
        <source>Start the lesson &quot;%1&quot;? It replaces the instances and events now in the lab.</source>
        <extracomment>%1 is the lesson&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="163"/>
        <source>Edit › Undo brings the current lab back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="164"/>
        <source>Replace the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="182"/>
        <source>Start lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="191"/>
        <source>Lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="251"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step&apos;s number, %2 how many steps the lesson has, %3 the step&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="68"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="71"/>
        <location filename="../gui/mainwindow.cpp" line="181"/>
        <source>&amp;Lifecycle lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="72"/>
        <location filename="../gui/mainwindow.cpp" line="182"/>
        <source>&amp;Cost comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="61"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="134"/>
        <source>Language changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="147"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="148"/>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="149"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="151"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="152"/>
        <source>Save &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="158"/>
        <source>&amp;Export chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="158"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="159"/>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="159"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="160"/>
        <source>&amp;Print chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="162"/>
        <source>&amp;Update prices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="167"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="169"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="171"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="173"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="178"/>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="181"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="182"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="185"/>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="188"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="192"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="193"/>
        <source>&amp;About ec2lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="194"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="218"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="220"/>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="230"/>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="235"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="243"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="244"/>
        <source>ec2lab did not close normally last time. Recover the scenario you were editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="248"/>
        <source>Recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="257"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="258"/>
        <source>The scenario &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="271"/>
        <location filename="../gui/mainwindow.cpp" line="288"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="274"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="281"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="281"/>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="307"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="307"/>
        <source>Scenario or lifecycle script (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="339"/>
        <source>Chart copied to the clipboard (image and CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="357"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="360"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="361"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="365"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="369"/>
        <source>Currency decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="370"/>
        <source>&amp;Decimals shown for USD amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="372"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="372"/>
        <source>On (large fonts, high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="374"/>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="375"/>
        <source>&amp;Presenter mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="401"/>
        <source>About ec2lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="402"/>
        <source>&lt;h3&gt;ec2lab %1&lt;/h3&gt;&lt;p&gt;Simulates the Amazon EC2 instance lifecycle and compares what each way of paying for EC2 would cost.&lt;/p&gt;&lt;p&gt;Prices are estimates from a snapshot of public AWS price lists; taxes excluded. Not affiliated with Amazon Web Services.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="332"/>
        <source>Exported the chart to %1</source>
        <extracomment>Status bar after an export: %1 is the full path of the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MonthlyChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="365"/>
        <source>Monthly cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="394"/>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="395"/>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="405"/>
        <source>Monthly cash flow (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::OptionsPanel</name>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="60"/>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="63"/>
        <location filename="../gui/cost/optionspanel.cpp" line="97"/>
        <source>Reserved Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="64"/>
        <location filename="../gui/cost/optionspanel.cpp" line="99"/>
        <source>Savings Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="64"/>
        <location filename="../gui/cost/optionspanel.cpp" line="101"/>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="65"/>
        <location filename="../gui/cost/optionspanel.cpp" line="103"/>
        <source>Dedicated Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="66"/>
        <location filename="../gui/cost/optionspanel.cpp" line="105"/>
        <source>Dedicated Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="67"/>
        <location filename="../gui/cost/optionspanel.cpp" line="107"/>
        <source>Free Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="95"/>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="116"/>
        <source>Change %1 of %2</source>
        <extracomment>Undo history entry: %1 is the JSON field name (term, payment...), %2 the option&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="149"/>
        <source>Add option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="171"/>
        <source>auto</source>
        <extracomment>Placeholder of an empty number field: the value then comes from the price catalog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="184"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="184"/>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="185"/>
        <source>No upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="186"/>
        <source>Partial upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="187"/>
        <source>All upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="190"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="191"/>
        <source>Convertible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="192"/>
        <source>RI class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="193"/>
        <location filename="../gui/cost/optionspanel.cpp" line="210"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="194"/>
        <location filename="../gui/cost/optionspanel.cpp" line="211"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="199"/>
        <source>x </source>
        <extracomment>Prefix of the Reserved Instance count box (&quot;x 2&quot; = two instances)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="200"/>
        <source>RI count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="207"/>
        <source>Compute</source>
        <extracomment>The two Savings Plan types by their AWS names (Compute, EC2 Instance)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="208"/>
        <source>EC2 Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="209"/>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="212"/>
        <source>USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="212"/>
        <source>Commitment per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="214"/>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="214"/>
        <source>Spot savings percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="215"/>
        <source>interruptions/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="216"/>
        <source>Interruptions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="219"/>
        <source>family, e.g. m5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="220"/>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="229"/>
        <source>Legacy (750 h/month, 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="230"/>
        <source>Credits (2025 plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="231"/>
        <source>Free Tier plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="259"/>
        <source>Option id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="264"/>
        <source>On-Demand is the reference every other option is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="271"/>
        <source>Include option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="271"/>
        <source>Leave out option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="282"/>
        <location filename="../gui/cost/optionspanel.cpp" line="288"/>
        <source>Remove option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="283"/>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScenarioDocument</name>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="107"/>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="219"/>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="267"/>
        <source>The recovery file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScheduleGrid</name>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="17"/>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="18"/>
        <source>168 hour cells; drag to paint the hours the instances run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="99"/>
        <source>%1 h</source>
        <extracomment>In the grid&apos;s corner: how many of the week&apos;s 168 hours are painted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SpotBandChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="519"/>
        <source>Spot cost range (p10 to p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="521"/>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="523"/>
        <source>USD</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="580"/>
        <source>%1 median</source>
        <extracomment>Legend: %1 is the option&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="586"/>
        <source>Spot cost range: add a Spot option with an interruption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="595"/>
        <source>Spot cumulative cost percentiles (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="568"/>
        <source>%1 p10-p90: %2 to %3 USD at month %4</source>
        <extracomment>Legend: %1 is the option&apos;s name; the band spans the 10th (%2) to the 90th (%3) percentile of the cumulative cost at month %4</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StateDiagram</name>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="667"/>
        <location filename="../gui/lab/statediagram.cpp" line="304"/>
        <source>rebooting</source>
        <extracomment>Shown in the running state&apos;s box, in place of its code, while a reboot is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="72"/>
        <source>Instance state diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="21"/>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="23"/>
        <source>running</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="25"/>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="27"/>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="29"/>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="31"/>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="75"/>
        <source>ready</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="76"/>
        <location filename="../gui/lab/statediagram.cpp" line="81"/>
        <location filename="../gui/lab/statediagram.cpp" line="83"/>
        <source>terminate</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="77"/>
        <source>done</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="78"/>
        <source>stop / hibernate</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="79"/>
        <source>stopped</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="80"/>
        <source>start</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="85"/>
        <source>launch failure</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="110"/>
        <source>Current state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="110"/>
        <source>No instance selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="313"/>
        <source>reboot (stays running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="344"/>
        <source>code %1</source>
        <extracomment>%1 is the state&apos;s numeric code in the EC2 API (0 pending, 16 running, 80 stopped...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="374"/>
        <source>Launch an instance to start the lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StorageCard</name>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="9"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="12"/>
        <source>Storage card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="23"/>
        <source>No volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="31"/>
        <source>Instance store, %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="33"/>
        <source>data kept (reboot keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lab/storagecard.cpp" line="34"/>
        <source>data lost %n time(s): stop, hibernate and terminate wipe it</source>
        <translation>
            <numerusform>data lost %n time: stop, hibernate and terminate wipe it</numerusform>
            <numerusform>data lost %n times: stop, hibernate and terminate wipe it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="38"/>
        <source>EBS %1, %2 GB%3</source>
        <extracomment>%1 is the volume type (gp3), %2 its size, %3 either &quot;, root&quot; or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="41"/>
        <source>, root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="43"/>
        <source>deleted at termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="45"/>
        <source>detached, still billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="47"/>
        <source>deleted on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="47"/>
        <source>kept on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="48"/>
        <source>%1 USD so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SummaryModel</name>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="73"/>
        <source>No price: %1</source>
        <extracomment>a summary row without figures: why, in place of the figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="84"/>
        <source>Estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="84"/>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="109"/>
        <source>%1 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="110"/>
        <source>%1 (derived price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="145"/>
        <source>%1 uses an estimate (%2 USD): %3 · %4, %5</source>
        <extracomment>%1 the option, %2 the price value, %3 the rule, %4 the source, %5 its date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="146"/>
        <source>%1 uses a derived price (%2 USD): %3 · %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="148"/>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="183"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="185"/>
        <source>Upfront (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="187"/>
        <source>Monthly (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="189"/>
        <source>Total (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="191"/>
        <source>Effective hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="193"/>
        <source>Savings vs On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="195"/>
        <source>Break-even month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="197"/>
        <source>Break-even utilization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TimelineChart</name>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="58"/>
        <location filename="../gui/charts/timelinechart.cpp" line="113"/>
        <source>Instance states over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="67"/>
        <source>Simulated clock (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="104"/>
        <source>Simulated clock from %1 UTC; transitional states use the lab&apos;s configured durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="114"/>
        <source>Times are simulated seconds after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TypePicker</name>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="343"/>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="345"/>
        <source>Asia Pacific (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="348"/>
        <source>%1 (%2)</source>
        <comment>Region name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="378"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="385"/>
        <source>Search types, e.g. m7g or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="387"/>
        <source>Search instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="388"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="398"/>
        <source>Family filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="402"/>
        <location filename="../gui/cost/typepicker.cpp" line="407"/>
        <source>≥ </source>
        <extracomment>Prefix of the minimum vCPU and minimum memory filters (&quot;≥ 4 vCPU&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="403"/>
        <source> vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="404"/>
        <source>Minimum vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="408"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="409"/>
        <source>Minimum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="411"/>
        <source>Any architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="414"/>
        <source>Architecture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="415"/>
        <source>Current generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="440"/>
        <source>Instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="468"/>
        <location filename="../gui/cost/typepicker.cpp" line="524"/>
        <source>Any family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="480"/>
        <location filename="../gui/cost/typepicker.cpp" line="481"/>
        <source>Change region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="584"/>
        <source>Workload type: &lt;b&gt;%1&lt;/b&gt; in %2 · price snapshot %3</source>
        <extracomment>%1 is the instance type, %2 the region, %3 the date of the prices (or &quot;from the scenario&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="586"/>
        <source>from the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="598"/>
        <source>Choose instance type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="599"/>
        <source>Choose instance type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UpdatePricesDialog</name>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="53"/>
        <source>Update prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="57"/>
        <source>Download the current EC2 prices of the chosen regions from the AWS Price List and add them to the price catalog. ec2lab connects to the Price List only when you press Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="64"/>
        <source>Prices in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="67"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="70"/>
        <source>Regions to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="86"/>
        <source>%1 · %2</source>
        <extracomment>%1 is a region code (us-east-1), %2 its location (US East (N. Virginia))</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="88"/>
        <source>%1 (in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="95"/>
        <source>Each region&apos;s EC2 offer file is large (hundreds of megabytes), so choose only the regions you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="102"/>
        <source>Include &amp;Savings Plans rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="104"/>
        <source>Include Savings Plans rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="107"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="111"/>
        <source>Price List base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="112"/>
        <source>Where the price files are downloaded from. Change it only for a mirror or a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="114"/>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="116"/>
        <source>Use the default base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="122"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="127"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="129"/>
        <source>Press Download to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="130"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="134"/>
        <source>Current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="142"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="146"/>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="148"/>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="300"/>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 bytes received of %2 in all, each already formatted (&quot;1.2 MB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="155"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="163"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="164"/>
        <source>Download prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="167"/>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="170"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="177"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="187"/>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="338"/>
        <source>Prices in use are as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="188"/>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="339"/>
        <source>(no catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="226"/>
        <source>Choose at least one region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="231"/>
        <source>The base URL must be an http or https address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="263"/>
        <source>Downloading the EC2 region index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="266"/>
        <source>Downloading the EC2 prices of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="269"/>
        <source>Downloading the Savings Plans region index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="272"/>
        <source>Downloading the Savings Plans rates of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="275"/>
        <source>Importing the prices of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="278"/>
        <source>Saving the price catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="316"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="317"/>
        <source>The download was cancelled. The price catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="319"/>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="361"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="320"/>
        <source>Could not update prices: %1&lt;br&gt;The price catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="328"/>
        <source>Loading the new prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="345"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/prices/updatepricesdialog.cpp" line="346"/>
        <source>Imported %n price(s) from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Imported %n price from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Imported %n prices from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/prices/updatepricesdialog.cpp" line="362"/>
        <source>The prices were saved, but the catalog could not be read back: %1&lt;br&gt;The app keeps using the prices it had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageEditor</name>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="38"/>
        <source>%1 d %2 h</source>
        <extracomment>A duration: %1 days and %2 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="41"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="54"/>
        <source>Usage pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="55"/>
        <source>Always on (24 x 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="56"/>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="57"/>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="58"/>
        <source>Baseline plus peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="59"/>
        <source>Lifecycle script from the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="61"/>
        <source>Price what you did in the lifecycle lab: its instances, runs, volumes and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="63"/>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="66"/>
        <source>Instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="67"/>
        <source>Instance &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="74"/>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="74"/>
        <source>Weekdays 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="74"/>
        <source>Every day 07-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="74"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="74"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="77"/>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="87"/>
        <source>Utilization percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="92"/>
        <source>Utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="96"/>
        <source>Baseline instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="99"/>
        <source>Extra instances at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="102"/>
        <source>always on, plus</source>
        <extracomment>Between two number boxes: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="105"/>
        <source>in the grid&apos;s hours</source>
        <extracomment>After the second number box: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="107"/>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="112"/>
        <source>Usage hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="117"/>
        <source>Change usage pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="128"/>
        <source>Paint schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="140"/>
        <source>Change utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="145"/>
        <source>Change instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="156"/>
        <source>Change baseline and peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="178"/>
        <source>Lifecycle script file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/cost/usageeditor.cpp" line="184"/>
        <source>Lab script: %n instance(s) (%1), %2 from %3 UTC, %4 billed instance-hours.</source>
        <extracomment>%n instances named in %1 (i-1, i-2), running for %2 (a duration) from %3 (a date and time), billed for %4 instance-hours</extracomment>
        <translation>
            <numerusform>Lab script: %n instance (%1), %2 from %3 UTC, %4 billed instance-hours.</numerusform>
            <numerusform>Lab script: %n instances (%1), %2 from %3 UTC, %4 billed instance-hours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="193"/>
        <source>It runs %1; a lab-script workload compares one instance type, so keep one type in the lab.</source>
        <extracomment>%1 lists the instance types the lab script runs (t3.micro, m5.large)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="198"/>
        <source>Volumes and public addresses are billed as the lab&apos;s meter billed them; each option prices the same runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="221"/>
        <source>Use the lab&apos;s lifecycle script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="310"/>
        <source>The grid sets the peak hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="312"/>
        <source>Drag on the grid to paint running hours; drag from a filled cell to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="313"/>
        <source>A steady share of every clock hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="314"/>
        <source>Paint on the grid to switch to a weekly schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="389"/>
        <source>Apply schedule preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
