<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ec2lab::gui::AddressCard</name>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="32" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="34" />
        <source>Address card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37" />
        <source>Private IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37" />
        <source>Public IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37" />
        <source>Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="37" />
        <source>IPv6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="38" />
        <source>Public DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="38" />
        <source>Private DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="61" />
        <source>Changed at the last transition (was %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/addresscard.cpp" line="61" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::BillingMeter</name>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="11" />
        <location filename="../gui/lab/billingmeter.cpp" line="13" />
        <source>Billing meter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="29" />
        <source>Instance usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="29" />
        <source>Instance usage cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="30" />
        <source>EBS:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="30" />
        <source>EBS cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="31" />
        <source>Public IPv4:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="31" />
        <source>Public IPv4 cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="32" />
        <source>Elastic IPs (lab):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="32" />
        <source>Elastic IP cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="33" />
        <source>Total:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="33" />
        <source>Total cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="34" />
        <source>Billed seconds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/billingmeter.cpp" line="34" />
        <source>Billed seconds</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::BreakdownChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="278" />
        <source>Cost breakdown over the horizon</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/charts/costcharts.cpp" line="308" />
        <source>USD over %n month(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="318" />
        <source>Cost breakdown (USD over the horizon)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::ChartBase</name>
    <message>
        <location filename="../gui/charts/chartbase.cpp" line="27" />
        <source>Chart assumptions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::CostChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="57" />
        <source>Prices as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="59" />
        <source>the scenario's own prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="63" />
        <source>Months of %1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="65" />
        <source>Calendar months from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="71" />
        <source>USD, taxes excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="262" />
        <source>Instance usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="264" />
        <source>Upfront</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="266" />
        <source>EBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="268" />
        <source>Public IPv4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="270" />
        <source>Data transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="271" />
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::CostWorkspace</name>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="38" />
        <source>Instance type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="40" />
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="42" />
        <source>Options to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="60" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="61" />
        <source>Cumulative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="62" />
        <source>Monthly cash flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="63" />
        <source>Breakdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="64" />
        <source>Spot range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="74" />
        <source>Summary table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="81" />
        <source>Show &amp;calculation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="83" />
        <source>How each figure was computed, in the AWS Pricing Calculator's style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/costworkspace.cpp" line="85" />
        <source>Calculation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::CumulativeChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="98" />
        <source>Cumulative cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="109" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="111" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="123" />
        <source>Break-even</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="129" />
        <source>break-even month @xPoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="168" />
        <source>Cumulative cost (USD)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::EventLogModel</name>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="51" />
        <source>launch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="53" />
        <source>start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="55" />
        <source>stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="57" />
        <source>hibernate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="59" />
        <source>force stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="61" />
        <source>reboot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="63" />
        <source>terminate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="65" />
        <source>change instance type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="67" />
        <source>termination protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="69" />
        <source>stop protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="71" />
        <source>allocate Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="73" />
        <source>associate Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="75" />
        <source>disassociate Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="77" />
        <source>release Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="79" />
        <source>OS shutdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="81" />
        <source>Spot interruption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="83" />
        <source>Spot capacity returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="85" />
        <source>scheduled retirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="87" />
        <source>launch failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="96" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="98" />
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="100" />
        <source>shutting-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="102" />
        <source>terminated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="104" />
        <source>stopping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="106" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="116" />
        <source>%1 accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="118" />
        <source>%1 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="120" />
        <source>entered state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="122" />
        <source>addresses changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="124" />
        <source>Spot interruption notice (2 minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="126" />
        <source>reboot completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="128" />
        <source>resumed from hibernation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="130" />
        <source>hibernated longer than 60 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="132" />
        <source>instance-store data lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="134" />
        <source>volume deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="136" />
        <source>volume kept (still billed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="138" />
        <source>instance vanished from the console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="140" />
        <source>no public address left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="184" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="186" />
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="188" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="190" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/eventlogmodel.cpp" line="192" />
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::ExportDialog</name>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="24" />
        <location filename="../gui/export/exportdialog.cpp" line="65" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="33" />
        <source>Export file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="34" />
        <source>&amp;Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="37" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="41" />
        <location filename="../gui/export/exportdialog.cpp" line="46" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="42" />
        <source>Width in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="47" />
        <source>Height in pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="51" />
        <source>Dots per inch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="52" />
        <source>&amp;Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="53" />
        <source>&amp;Height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="54" />
        <source>&amp;DPI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="56" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="66" />
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data (*.csv);;JSON data (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/export/exportdialog.cpp" line="77" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::InstanceTypeModel</name>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="133" />
        <source>General purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="135" />
        <source>Compute optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="137" />
        <source>Memory optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="139" />
        <source>Accelerated computing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="141" />
        <source>Storage optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="157" />
        <source>previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="158" />
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="174" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="176" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="178" />
        <source>vCPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="180" />
        <source>Memory (GiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="182" />
        <source>Architecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="184" />
        <source>Generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="186" />
        <source>On-Demand USD/h (Linux)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::LabController</name>
    <message>
        <location filename="../gui/lab/labcontroller.cpp" line="67" />
        <location filename="../gui/lab/labcontroller.cpp" line="180" />
        <location filename="../gui/lab/labcontroller.cpp" line="212" />
        <source>lab script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labcontroller.cpp" line="216" />
        <source>Launch %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::LabWorkspace</name>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="63" />
        <location filename="../gui/lab/labworkspace.cpp" line="66" />
        <source>Instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="69" />
        <source>&amp;Launch instance...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="70" />
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="71" />
        <source>Launch a new instance (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="79" />
        <source>Guided lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="95" />
        <source>Result of the last action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="99" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="131" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="134" />
        <location filename="../gui/lab/labworkspace.cpp" line="139" />
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="167" />
        <source>Actions and events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="178" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="178" />
        <source>StartInstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="178" />
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="179" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="179" />
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="179" />
        <source>StopInstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="180" />
        <source>Hibernate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="180" />
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="180" />
        <source>StopInstances with Hibernate=true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="181" />
        <source>Force stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="181" />
        <source>StopInstances with Force=true</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="182" />
        <source>Reboot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="182" />
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="182" />
        <source>RebootInstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="183" />
        <source>Terminate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="183" />
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="183" />
        <source>TerminateInstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="184" />
        <source>Change type...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="185" />
        <source>ModifyInstanceAttribute InstanceType (only while stopped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="186" />
        <source>Termination protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="187" />
        <source>Toggle disableApiTermination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="188" />
        <source>Stop protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="188" />
        <source>Toggle disableApiStop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="189" />
        <source>Allocate EIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="189" />
        <source>AllocateAddress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="190" />
        <source>Associate EIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="191" />
        <source>AssociateAddress with the selected instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="192" />
        <source>Disassociate EIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="192" />
        <source>DisassociateAddress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="193" />
        <source>Release EIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="193" />
        <source>ReleaseAddress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="196" />
        <source>OS shutdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="196" />
        <source>'sudo shutdown' inside the instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="197" />
        <source>Spot interruption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="198" />
        <source>EC2 reclaims Spot capacity (2-minute notice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="199" />
        <source>Capacity returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="200" />
        <source>Spot capacity is available again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="201" />
        <source>Scheduled retirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="202" />
        <source>The underlying host is retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="203" />
        <source>Launch failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="204" />
        <source>InsufficientInstanceCapacity while pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="216" />
        <source>API calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="222" />
        <source>Events (not API calls, never blocked by protections)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="231" />
        <source>Simulated clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="234" />
        <location filename="../gui/lab/labworkspace.cpp" line="242" />
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="236" />
        <source>Ctrl+Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="237" />
        <source>Play or pause the simulated clock (Ctrl+Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="238" />
        <source>Play or pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="242" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="245" />
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="246" />
        <source>Ctrl+Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="247" />
        <source>Jump to the next transition (Ctrl+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="250" />
        <source>Clock speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="251" />
        <source>1x (real time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="252" />
        <source>60x (a minute per second)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="253" />
        <source>3600x (an hour per second)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="258" />
        <source>Time scrubber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="259" />
        <source>Drag to go back (or forward) in simulated time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="345" />
        <source>No instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="361" />
        <source>hibernating (billed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="363" />
        <source>hibernated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="365" />
        <source>interruption at +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="367" />
        <source>until +%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="381" />
        <source>Billable now: running (SUSE: per started hour)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="382" />
        <source>Billable now: running (per second, 60 s minimum per run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="384" />
        <source>Billable now: hibernating (the stopping time is billed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="386" />
        <source>Not billed for instance usage while %1; EBS still bills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="391" />
        <source>%1 · %2 · %3 · %4 USD/h%5%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="394" />
        <source> · Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="395" />
        <source> · termination protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="396" />
        <source> · stop protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="411" />
        <source>&lt;b&gt;The lab script has a problem:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="426" />
        <source>Hibernation is possible only from running, and not in the first minutes after a launch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="429" />
        <source>The instance type can only be changed while the instance is stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="430" />
        <source>This action is not allowed from the instance's current state: follow the arrows of the state diagram.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="434" />
        <source>A protection attribute blocks this API call. Turn the protection off first; events such as an OS shutdown are not blocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="437" />
        <source>Instances with an instance-store root device cannot be stopped, and Spot Instances cannot have termination protection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="440" />
        <source>Hibernation must be enabled when the instance is launched; it cannot be added later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="442" />
        <source>A terminated instance disappears about an hour after termination; after that no API call can name it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="445" />
        <source>An Elastic IP must be allocated before use, and disassociated before it is released.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="453" />
        <source>&lt;b&gt;%1&lt;/b&gt; accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="455" />
        <source>: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="463" />
        <source>&lt;b&gt;%1 refused — %2&lt;/b&gt;&lt;br&gt;%3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="470" />
        <source>%1 refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="488" />
        <source>Launch an instance first: this action needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="505" />
        <source>Change instance type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="505" />
        <source>New instance type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="535" />
        <source>There is no Elastic IP to use: allocate one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="542" />
        <source>Elastic IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="542" />
        <source>Elastic IP:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="549" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::LaunchDialog</name>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="58" />
        <source>General purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="60" />
        <source>Compute optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="62" />
        <source>Memory optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="64" />
        <source>Accelerated computing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="66" />
        <source>Storage optimized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="75" />
        <source>Amazon Linux 2023 (EBS root, per-second billing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="77" />
        <source>Ubuntu Server 24.04 LTS (EBS root, per-second billing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="79" />
        <source>Windows Server 2022 Base (EBS root, per-second billing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="81" />
        <source>Red Hat Enterprise Linux 9 (EBS root, per-second billing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="83" />
        <source>SUSE Linux Enterprise Server 15 (EBS root, billed per started hour)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="85" />
        <source>Amazon Linux, instance-store root (cannot be stopped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="94" />
        <source>Launch an instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="102" />
        <source>Instance name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="103" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="106" />
        <source>Machine image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="109" />
        <source>&amp;Machine image (AMI):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="112" />
        <source>Instance type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="131" />
        <source>Instance &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="134" />
        <source>Price per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="137" />
        <source>&amp;Price (USD per hour):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="139" />
        <source>Linux On-Demand list price in us-east-1; edit it for another platform or region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="144" />
        <source>On-Demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="145" />
        <source>Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="146" />
        <source>Market</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="147" />
        <source>M&amp;arket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="149" />
        <location filename="../gui/lab/launchdialog.cpp" line="166" />
        <source>Terminate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="150" />
        <location filename="../gui/lab/launchdialog.cpp" line="165" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="151" />
        <source>Hibernate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="152" />
        <source>Spot interruption behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="153" />
        <source>Spot &amp;interruption behaviour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="155" />
        <source>Auto-assign a public IPv4 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="158" />
        <source>Termination protection (disableApiTermination)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="160" />
        <source>Stop protection (disableApiStop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="162" />
        <source>Enable hibernation (needs an encrypted EBS root)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="167" />
        <source>Shutdown behaviour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="168" />
        <source>&amp;Shutdown behaviour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="170" />
        <source>Volumes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="175" />
        <source>Root volume type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="179" />
        <location filename="../gui/lab/launchdialog.cpp" line="188" />
        <source> GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="180" />
        <source>Root volume size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="183" />
        <source>Root volume (deleted on termination):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="187" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="189" />
        <source>Data volume size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="190" />
        <source>Delete on termination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="193" />
        <source>Extra gp3 data volume:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/launchdialog.cpp" line="197" />
        <source>&amp;Launch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::LessonPanel</name>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="27" />
        <source>Lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="30" />
        <source>Start lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="41" />
        <source>Lesson text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="45" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="46" />
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="47" />
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="48" />
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="49" />
        <source>Alt+Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="50" />
        <source>Alt+Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="95" />
        <source>Start lesson "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="104" />
        <source>Lesson step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/lessonpanel.cpp" line="142" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::MainWindow</name>
    <message>
        <location filename="../gui/mainwindow.cpp" line="38" />
        <source>Workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="41" />
        <location filename="../gui/mainwindow.cpp" line="95" />
        <source>&amp;Lifecycle lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="42" />
        <location filename="../gui/mainwindow.cpp" line="96" />
        <source>&amp;Cost comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="58" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="70" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="71" />
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="72" />
        <source>&amp;Open...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="73" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="75" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="76" />
        <source>Save &amp;as...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="78" />
        <source>&amp;Export chart...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="78" />
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="79" />
        <source>&amp;Copy chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="79" />
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="80" />
        <source>&amp;Print chart...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="82" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="84" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="85" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="87" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="92" />
        <source>&amp;Preferences...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="94" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="95" />
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="96" />
        <source>Ctrl+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="99" />
        <source>&amp;Presenter mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="102" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="106" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="107" />
        <source>&amp;About ec2lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="108" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="132" />
        <source>No recent files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="134" />
        <source>&amp;Clear list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="144" />
        <source>Cannot open scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="149" />
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="157" />
        <source>Recover unsaved work?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="158" />
        <source>ec2lab did not close normally last time. Recover the scenario you were editing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="162" />
        <source>Recovery failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="171" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="172" />
        <source>The scenario "%1" has unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="185" />
        <location filename="../gui/mainwindow.cpp" line="202" />
        <source>Cannot save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="188" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="195" />
        <source>Save scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="195" />
        <source>Scenario (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="221" />
        <source>Open scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="221" />
        <source>Scenario or lifecycle script (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="250" />
        <source>Chart copied to the clipboard (image and CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="268" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="271" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="272" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="276" />
        <source>&amp;Language (applies after a restart):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="280" />
        <source>Currency decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="281" />
        <source>&amp;Decimals shown for USD amounts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="283" />
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="283" />
        <source>On (large fonts, high contrast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="285" />
        <source>Presenter mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="286" />
        <source>&amp;Presenter mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="310" />
        <source>About ec2lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/mainwindow.cpp" line="311" />
        <source>&lt;h3&gt;ec2lab %1&lt;/h3&gt;&lt;p&gt;Simulates the Amazon EC2 instance lifecycle and compares what each way of paying for EC2 would cost.&lt;/p&gt;&lt;p&gt;Prices are estimates from a snapshot of public AWS price lists; taxes excluded. Not affiliated with Amazon Web Services.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::MonthlyChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="188" />
        <source>Monthly cash flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="212" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="213" />
        <source>USD per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="223" />
        <source>Monthly cash flow (USD)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::OptionsPanel</name>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="60" />
        <source>Add option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="63" />
        <location filename="../gui/cost/optionspanel.cpp" line="97" />
        <source>Reserved Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="64" />
        <location filename="../gui/cost/optionspanel.cpp" line="99" />
        <source>Savings Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="64" />
        <location filename="../gui/cost/optionspanel.cpp" line="101" />
        <source>Spot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="65" />
        <location filename="../gui/cost/optionspanel.cpp" line="103" />
        <source>Dedicated Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="66" />
        <location filename="../gui/cost/optionspanel.cpp" line="105" />
        <source>Dedicated Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="67" />
        <location filename="../gui/cost/optionspanel.cpp" line="107" />
        <source>Free Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="95" />
        <source>On-Demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="115" />
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="148" />
        <source>Add option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="169" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="182" />
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="182" />
        <source>3 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="183" />
        <source>No upfront</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="184" />
        <source>Partial upfront</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="185" />
        <source>All upfront</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="188" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="189" />
        <source>Convertible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="190" />
        <source>RI class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="191" />
        <location filename="../gui/cost/optionspanel.cpp" line="206" />
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="192" />
        <location filename="../gui/cost/optionspanel.cpp" line="207" />
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="196" />
        <source>x </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="197" />
        <source>RI count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="203" />
        <source>Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="204" />
        <source>EC2 Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="205" />
        <source>Plan type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="208" />
        <source>USD/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="208" />
        <source>Commitment per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="210" />
        <source>% off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="210" />
        <source>Spot savings percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="211" />
        <source>interruptions/month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="212" />
        <source>Interruptions per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="215" />
        <source>family, e.g. m5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="216" />
        <source>Host family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="225" />
        <source>Legacy (750 h/month, 12 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="226" />
        <source>Credits (2025 plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="227" />
        <source>Free Tier plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="255" />
        <source>Option id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="260" />
        <source>On-Demand is the reference every other option is compared with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="267" />
        <source>Include option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="267" />
        <source>Leave out option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="273" />
        <location filename="../gui/cost/optionspanel.cpp" line="279" />
        <source>Remove option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/optionspanel.cpp" line="274" />
        <source>Remove this option</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::ScenarioDocument</name>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="100" />
        <source>Untitled scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="131" />
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="138" />
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="164" />
        <source>%1: cannot save: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/core/scenariodocument.cpp" line="212" />
        <source>The recovery file is damaged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::ScheduleGrid</name>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="17" />
        <source>Weekly schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="18" />
        <source>168 hour cells; drag to paint the hours the instances run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/schedulegrid.cpp" line="85" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::SpotBandChart</name>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="337" />
        <source>Spot cost range (p10 to p90)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="339" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="341" />
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="381" />
        <source>%1 p10-p90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="390" />
        <source>%1 median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="396" />
        <source>Spot cost range: add a Spot option with an interruption rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/costcharts.cpp" line="405" />
        <source>Spot cumulative cost percentiles (USD)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::StateDiagram</name>
    <message>
        <location filename="../gui/lab/labworkspace.cpp" line="359" />
        <location filename="../gui/lab/statediagram.cpp" line="217" />
        <source>rebooting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="20" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="22" />
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="24" />
        <source>shutting-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="26" />
        <source>terminated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="28" />
        <source>stopping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="30" />
        <location filename="../gui/lab/statediagram.cpp" line="47" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="40" />
        <source>Instance state diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="43" />
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="44" />
        <location filename="../gui/lab/statediagram.cpp" line="49" />
        <location filename="../gui/lab/statediagram.cpp" line="51" />
        <source>terminate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="45" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="46" />
        <source>stop / hibernate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="48" />
        <source>start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="53" />
        <source>launch failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="78" />
        <source>Current state: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="78" />
        <source>No instance selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="225" />
        <source>reboot (stays running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="254" />
        <source>code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/statediagram.cpp" line="270" />
        <source>Launch an instance to start the lab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::StorageCard</name>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="9" />
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="12" />
        <source>Storage card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="23" />
        <source>No volumes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="31" />
        <source>Instance store, %1 GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="33" />
        <source>data kept (reboot keeps it)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/lab/storagecard.cpp" line="34" />
        <source>data lost %n time(s): stop, hibernate and terminate wipe it</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="37" />
        <source>EBS %1, %2 GB%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="40" />
        <source>, root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="42" />
        <source>deleted at termination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="44" />
        <source>detached, still billed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="46" />
        <source>deleted on termination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="46" />
        <source>kept on termination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/lab/storagecard.cpp" line="47" />
        <source>%1 USD so far</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::SummaryModel</name>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="98" />
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="100" />
        <source>Upfront (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="102" />
        <source>Monthly (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="104" />
        <source>Total (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="106" />
        <source>Effective hourly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="108" />
        <source>Savings vs On-Demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="110" />
        <source>Break-even month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/summarymodel.cpp" line="112" />
        <source>Break-even utilization</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::TimelineChart</name>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="31" />
        <location filename="../gui/charts/timelinechart.cpp" line="83" />
        <source>Instance states over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="37" />
        <source>Simulated hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="38" />
        <source>Simulated minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="39" />
        <source>Simulated seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="74" />
        <source>Simulated clock from %1 UTC; transitional states use the lab's configured durations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/charts/timelinechart.cpp" line="84" />
        <source>Times are simulated seconds after %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::TypePicker</name>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="239" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="245" />
        <source>Search types, e.g. m7g or memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="247" />
        <source>Search instance types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="248" />
        <source>Re&amp;gion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="256" />
        <source>Family filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="259" />
        <location filename="../gui/cost/typepicker.cpp" line="264" />
        <source>≥ </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="260" />
        <source> vCPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="261" />
        <source>Minimum vCPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="265" />
        <source> GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="266" />
        <source>Minimum memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="268" />
        <source>Any architecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="271" />
        <source>Architecture filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="272" />
        <source>Current generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="294" />
        <source>Instance types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="307" />
        <location filename="../gui/cost/typepicker.cpp" line="340" />
        <source>Any family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="316" />
        <source>Change region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="376" />
        <source>Workload type: &lt;b&gt;%1&lt;/b&gt; in %2 · price snapshot %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="378" />
        <source>from the scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="390" />
        <source>Choose instance type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/typepicker.cpp" line="391" />
        <source>Choose instance type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageEditor</name>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="32" />
        <source>Usage pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="33" />
        <source>Always on (24 x 7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="34" />
        <source>Weekly schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="35" />
        <source>Utilization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="36" />
        <source>Baseline plus peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="37" />
        <source>&amp;Usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="40" />
        <source>Instance count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="41" />
        <source>Instance &amp;count:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="48" />
        <source>Office hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="48" />
        <source>Weekdays 24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="48" />
        <source>Every day 07-22</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="48" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="48" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="51" />
        <source>Preset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="61" />
        <source>Utilization percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="66" />
        <source>Utilization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="70" />
        <source>Baseline instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="73" />
        <source>Extra instances at peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="75" />
        <source>always on, plus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="77" />
        <source>in the grid's hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="79" />
        <source>Baseline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="87" />
        <source>Change usage pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="98" />
        <source>Paint schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="110" />
        <source>Change utilization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="115" />
        <source>Change instance count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="126" />
        <source>Change baseline and peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="203" />
        <source>The grid sets the peak hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="205" />
        <source>Drag on the grid to paint running hours; drag from a filled cell to erase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="206" />
        <source>A steady share of every clock hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="207" />
        <source>Paint on the grid to switch to a weekly schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/cost/usageeditor.cpp" line="259" />
        <source>Apply schedule preset</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>