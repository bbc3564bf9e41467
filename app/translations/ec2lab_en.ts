<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CostComputation</name>
    <message>
        <source>This scenario has no lab script: run something in the lifecycle lab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it with File › Import prices or File › Update prices…</source>
        <extracomment>How to get a missing price: the menu items of the File menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option cannot be priced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved Instance (%1)</source>
        <extracomment>%1 is an offer such as &quot;standard/1yr/all-upfront&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings Plan (%1)</source>
        <extracomment>%1 is an offer such as &quot;compute/1yr/no-upfront&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS %1</source>
        <extracomment>%1 is an EBS volume type such as gp3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 price in %2 in the offline prices</source>
        <extracomment>%1 is the kind of price (&quot;Dedicated Host&quot;), %2 the instance type or family, %3 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 price for %2 in %3 in the offline prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host reservation (%1)</source>
        <extracomment>%1 is a host reservation such as &quot;1yr/no-upfront&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An option without a price in another Region: %1 the option, %2 the Region&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>1yr</source>
        <extracomment>A commitment term in an option name or calculation line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 instance</source>
        <extracomment>One instance, in a calculation line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances</source>
        <extracomment>%1 instances (2 or more, or 0), in a calculation line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 RI (%3)</source>
        <extracomment>%1 how many Reserved Instances, %2 the instance type, %3 the offer (class/term/payment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan (%1)</source>
        <extracomment>%1 the plan&apos;s offer (type/term/payment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan (%1)</source>
        <extracomment>%1 the plan&apos;s offer (type/term/payment)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 host(s) for a peak of %3 (a host holds %4 x %5)</source>
        <extracomment>%1 hosts, %2 the host family, %3 the peak (&quot;40 instances&quot; or &quot;mixed sizes&quot;), %4 how many instances of type %5 one host holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host reservation %1 %2</source>
        <extracomment>%1 the term (1yr, 3yr), %2 the payment option (no-upfront, ...), in keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand: </source>
        <extracomment>Starts a calculation line: the rest billed On-Demand (after the Free plan&apos;s credits)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible, On-Demand: </source>
        <extracomment>Starts a calculation line: an instance type the legacy Free Tier does not cover</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand (not on the %1 hosts): </source>
        <extracomment>Starts a calculation line; %1 is the family on the Dedicated Hosts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio: %1 RI purchase(s), %2 Savings Plan(s)</source>
        <extracomment>%1 Reserved Instance purchases and %2 Savings Plans in one option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard RI %1 %2 x%3</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 how many instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convertible RI %1 %2 x%3</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 how many instances</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan %1 %2 (%3 USD/h)</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 the hourly commitment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan %1 %2 (%3 USD/h)</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 the hourly commitment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option
----------
An offer: %1 the term, %2 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot (price history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host reservation %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host reservation (%1) %2 %3</source>
        <extracomment>An option name: %1 the host family, %2 the term, %3 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host (%1)</source>
        <extracomment>An option name: %1 the host family</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Tier (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free plan (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 instance-hours x %3 USD/h = %4 USD over %5 months (%6 instance-hours/month on average)</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount, %5 months, %6 the instance-hours of an average month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD</source>
        <extracomment>%1 the Reserved Instances (&quot;2 x m5.large RI (...)&quot;), %2 fees paid, %3 the fee, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD/h x %4 h = %5 USD</source>
        <extracomment>%1 the Reserved Instances, %2 how many, %3 the hourly fee, %4 hours, %5 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours of usage (size-flexible within %3)</source>
        <extracomment>%1 the Reserved Instances, %2 instance-hours, %3 the instance family</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours of usage</source>
        <extracomment>%1 the Reserved Instances, %2 instance-hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 USD/h commitment x %3 h = %4 USD (proposed: the steady baseline)</source>
        <extracomment>%1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 USD/h commitment x %3 h = %4 USD</source>
        <extracomment>%1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours at plan rates</source>
        <extracomment>%1 the Savings Plan, %2 instance-hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle trace %1 (%2): billing meter EBS %3 USD, public IPv4 %4 USD</source>
        <extracomment>%1 the workload, %2 its lifecycle script&apos;s file, %3 and %4 the billing meter&apos;s amounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4: %1 address-hours x %2 USD/h = %3 USD over %4 months</source>
        <extracomment>%1 address-hours, %2 the hourly rate, %3 the amount, %4 months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h</source>
        <extracomment>%1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the Spot rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot %1: %2 instance-hours at the price history (%3 records, step function) = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 records of the price history, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot interruptions: %1 per instance-month; Monte Carlo of %2 paths (seed %3), on average %4 interruptions over the horizon</source>
        <extracomment>%1 interruptions per instance-month, %2 simulated paths, %3 the random seed, %4 the mean number of interruptions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 USD/h x %3 h = %4 USD</source>
        <extracomment>%1 the hosts (&quot;2 m5 host(s) for a peak of ...&quot;), %2 the hourly rate, %3 hours, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 x %4 USD upfront = %5 USD</source>
        <extracomment>%1 the hosts, %2 the reservation (&quot;host reservation 1yr no-upfront&quot;), %3 fees paid, %4 the fee, %5 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the hosts, %2 the reservation, %3 hosts, %4 the hourly fee, %5 hours, %6 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar months from %1 (real hours of each month)</source>
        <extracomment>%1 the scenario&apos;s start date (ISO, 2026-01-01)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of 730 hours; terms of 8,760 h (1 year) and 26,280 h (3 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly grid of clock hours from %1 00:00 UTC; commitments bought at the start</source>
        <extracomment>%1 the scenario&apos;s start date (ISO, 2026-01-01)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIs apply first (smallest sizes first), then EC2 Instance and Compute Savings Plans (highest savings first); the rest at On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4 billed per address-hour from 2024-02-01; auto-assigned addresses free before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS volumes exist for every instance of a workload all month, running or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac instances On-Demand are priced as one On-Demand Dedicated Host each (AWS sells them on hosts only); the 24-hour minimum host allocation is not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <extracomment>An offering class in an offer key (&quot;standard/1yr/no-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convertible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <extracomment>A Savings Plan type in an offer key (&quot;compute/1yr/no-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ec2-instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h (Spot savings %5; no Spot price history newer than the On-Demand price)</source>
        <extracomment>%1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the Spot rate, %5 the date of the savings figure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h, the latest Spot price history record (%3)</source>
        <extracomment>%1 the instance type, %2 the Spot price, %3 the date of its price history record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No normalization factor is known for %1 (neither in the price catalog nor in AWS&apos;s table): size-flexible Reserved Instances cover it only as its own type.</source>
        <extracomment>%1 an instance type such as m5.metal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB x %2 USD/GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out (month %1): %2 GB/month: %3 = %4 USD/month</source>
        <extracomment>%1 the month, %2 GB per month, %3 the pieces, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated per-Region fee (%1): %2 h with a Dedicated Instance running x %3 USD/h = %4 USD</source>
        <extracomment>%1 the Region, %2 hours, %3 the fee per hour, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free plan (2025): %1 USD of credits (%2 at sign-up + %3 earned) pay all charges; %4 USD used</source>
        <extracomment>%1 all credits, %2 sign-up credits, %3 earned credits, %4 credits used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, used up in month %1</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the month the credits ran out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 USD left expire after month 12 (12 months after sign-up)</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the credits left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 USD left at the horizon</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the credits left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid plan from the start: the Free plan does not allow %1 (it allows t3.micro, t3.small, t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); credits apply until 12 months after sign-up</source>
        <extracomment>%1 the instance types the Free plan does not allow (&quot;m5.large, c5.large&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free plan until the credits run out in month %1, then the Paid plan</source>
        <extracomment>%1 the month the credits ran out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free plan for months 1-6, then the Paid plan (the horizon is longer than 6 months): remaining credits apply until 12 months after sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free plan for the whole horizon (at most 6 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this scenario were the account&apos;s only internet traffic; the scenario&apos;s rate applies to every GB beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this scenario were the account&apos;s only internet traffic; then AWS&apos;s internet tiers of the Region (10 TB / 40 TB / 100 TB / beyond, counted from the first GB of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Instances pay the Dedicated per-Region fee (2 USD) for every clock hour in which any of them runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy Free Tier: the account opens at the start; 750 h a month for Linux/RHEL/SLES and 750 h for Windows of %1 (the Region&apos;s micro type)</source>
        <extracomment>%1 the Region&apos;s micro instance type (t2.micro or t3.micro)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025 Free plan: sign-up at the start; a horizon longer than 6 months assumes the upgrade to the Paid plan after month 6, and credits left then apply until 12 months after sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 USD/h x %3 h/month = %4 USD/month x %5 months = %6 USD</source>
        <extracomment>%1 instances (&quot;2 instances&quot;), %2 the hourly rate, %3 hours per month, %4 the amount per month, %5 months of the horizon, %6 the amount over the horizon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS %1: %2 GB x %3 USD/GB-month = %4 USD/month x %5 months = %6 USD</source>
        <extracomment>%1 the EBS volume type, %2 GB, %3 the rate per GB-month, %4 the amount per month, %5 months of the horizon, %6 the amount over the horizon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out: %1 GB/month: %2 = %3 USD/month x %4 months = %5 USD</source>
        <extracomment>%1 GB per month, %2 the pieces (&quot;100 GB free + 150 GB x 0.09 USD/GB&quot;), %3 the amount per month, %4 months of the horizon, %5 the amount over the horizon</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out (months %1-%2): %3 GB/month: %4 = %5 USD/month x %6 months = %7 USD</source>
        <extracomment>%1 and %2 the first and last month, %3 GB per month, %4 the pieces, %5 the amount per month, %6 the months of the line, %7 the amount over them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Tier (legacy): %1 in %2, 750 h/month for Linux, RHEL and SLES and 750 h/month for Windows, 30 GB of EBS and 750 h of public IPv4 free for the first %3 months; %4 free Linux and %5 free Windows instance-hours used; waived: -%6 USD</source>
        <extracomment>%1 the micro instance type, %2 the Region, %3 free months, %4 and %5 the free Linux and Windows instance-hours used, %6 the charges waived (subtracted from the total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the Spot hourly rate, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot risk over %1 paths: total with interruptions p10 %2 / p50 %3 / p90 %4 USD. The TOTAL (%5 USD) is the usage as planned, without interruptions; an interruption can only add cost (the work it loses is run and billed again), so no path costs less than the TOTAL, and the median (p50) exceeds it as soon as more than half of the paths have a billed interruption</source>
        <extracomment>%1 simulated paths, %2 %3 %4 the 10th, 50th and 90th percentiles of the total, %5 the TOTAL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even utilization: %1% (the commitment&apos;s effective hourly rate / the On-Demand rate; it beats On-Demand when the usage it covers runs more than %1% of the hours)</source>
        <extracomment>%1 the break-even utilization in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised monthly (AWS Pricing Calculator): %1 USD upfront / 12 + %2 USD/month recurring = %3 USD/month</source>
        <extracomment>The AWS Pricing Calculator&apos;s normalised monthly figure; %1 upfront paid in the first 12 months, %2 the recurring charge per month, %3 the result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 %2 (rounding to the cent)</source>
        <extracomment>Added to the sum of the Total line: %1 the cent the rounded terms miss (&quot;+ 0.01&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 = %2 USD</source>
        <extracomment>The last line of an option&apos;s calculation: %1 the sum of the lines above (&quot;a + b - c&quot;), %2 the option&apos;s TOTAL</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD (proposed: the steady baseline)</source>
        <extracomment>%1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD</source>
        <comment>Savings Plan</comment>
        <extracomment>%1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 USD/h hourly part of the %3 USD/h commitment x %4 h = %5 USD</source>
        <extracomment>%1 the Savings Plan, %2 the hourly part charged, %3 the whole hourly commitment, %4 hours, %5 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 h terms, renewed at the end of each term</source>
        <extracomment>%1 the commitment (RI, Savings Plan or host reservation), %2 terms bought, %3 hours of a term</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole new term does not fit in the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 h terms, renewed at the end of each term; hours %4-%5 On-Demand (%6)</source>
        <extracomment>%1 the commitment, %2 terms bought, %3 hours of a term, %4-%5 the On-Demand hours, %6 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 x %3 h term; hours %4-%5 On-Demand (%6)</source>
        <extracomment>%1 the commitment, %2 terms bought (1), %3 hours of the term, %4-%5 the On-Demand hours, %6 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: committed beyond the horizon (owed for the rest of the term, in the total): %2 x %3 USD/h x %4 h = %5 USD</source>
        <extracomment>%1 the commitment, %2 how many (RIs, hosts, or 1 plan), %3 the hourly fee, %4 the hours of the term after the horizon, %5 the amount (part of the option&apos;s total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand %1 hosts after the %2 term (a whole new term does not fit in the horizon): %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand %1 hosts after the %2 term (not renewed): %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commitment is renewed at the end of its term only when a whole new term fits in the horizon (the rest runs On-Demand; &quot;renew&quot;: false buys one term); a term longer than the horizon is owed in full: its fees after the horizon are in the total as &quot;committed beyond the horizon&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 On-Demand hourly rate</source>
        <extracomment>Which price (in the chart note&apos;s list of old prices): %1 the instance type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RI %2 upfront fee</source>
        <extracomment>Which price: %1 the instance type, %2 the offer (&quot;standard/1yr/all-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 RI %2 hourly fee</source>
        <extracomment>Which price: %1 the instance type, %2 the offer (&quot;standard/1yr/no-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Savings Plan %2 rate</source>
        <extracomment>Which price: %1 the instance type, %2 the plan (&quot;compute/1yr/no-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Dedicated Host hourly rate</source>
        <extracomment>Which price: %1 the instance family (&quot;m5&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Dedicated Host reservation %2 %3 upfront fee</source>
        <extracomment>Which price: %1 the instance family, %2 the term, %3 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Dedicated Host reservation %2 %3 hourly fee</source>
        <extracomment>Which price: %1 the instance family, %2 the term, %3 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Dedicated Instance hourly rate</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS %1 per GB-month</source>
        <extracomment>Which price: %1 the EBS volume type (&quot;gp3&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IPv4 address hourly rate</source>
        <extracomment>Which price: the public IPv4 address charge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data transfer out per GB</source>
        <extracomment>Which price: data transfer out to the internet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Spot savings estimate</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Spot price</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard RI %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convertible RI %1 %2</source>
        <extracomment>An offer: %1 the term, %2 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no instance runs in every hour, so the commitment proposed for it (the steady baseline) is 0 USD/h and the plan buys nothing. Set its commitment per hour (&quot;commitment_per_hour&quot; in the scenario file) to price a plan of your own size; the Advisor suggests one.</source>
        <extracomment>%1 a plan (&quot;Compute Savings Plan 1yr no-upfront&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AddressCard</name>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on another instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at the last transition (was %1)</source>
        <extracomment>Tooltip of an address that changed; %1 is the address it had before, or &quot;none&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AdvisorChart</name>
    <message>
        <source>No usage imported yet: File › Import usage… reads describe-instances JSON or a Cost and Usage Report CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage from %1</source>
        <extracomment>Chart note: %1 the imported file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running instances assumed to run every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of %1 hours repeated over the horizon</source>
        <extracomment>Chart note: %1 number of hours in the imported profile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon %1 months of 730 hours; commitments %2</source>
        <extracomment>Chart note: %1 the horizon in months, %2 the term and payment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, no On-Demand price: %1</source>
        <extracomment>Chart note: %1 a list of &quot;Region type&quot; without prices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 USD/h, %3 USD</source>
        <extracomment>Legend of a mark on the commitment curve: %1 its name, %2 USD per hour, %3 total USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated or derived prices used: %1 (ec2lab advise lists them)</source>
        <extracomment>Chart note: %1 how many prices are estimates (e.g. EC2 Instance Savings Plan rates)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AdvisorWorkspace</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON output of aws ec2 describe-instances, or a Cost and Usage Report (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the workload runs; a commitment is renewed only while a whole term fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current hourly commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Compute Savings Plan you hold (or plan to buy), marked on the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change commitment term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change payment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change current commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage (*.json *.csv);;describe-instances output (*.json);;Cost and Usage Report (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import usage: %1</source>
        <extracomment>%1 the reader&apos;s message (file, position, field)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed; the advisor is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import usage: %1: no EC2 instance usage to advise on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported usage from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running instances: %2 (assumed always on); instance kinds: %3; left out (not running, Spot, Dedicated Hosts): %4</source>
        <extracomment>%1 file, %2 running instances, %3 instance types, %4 instances left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 hours from %3; instance kinds: %4; rows used: %5 of %6</source>
        <extracomment>%1 file, %2 hours, %3 first hour, %4 number of Region/type/platform keys, %5 rows used, %6 rows read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: buy nothing; no commitment costs less than On-Demand over %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1 — %2, %3. Saves %4 USD against On-Demand over %5 months.</source>
        <extracomment>%1 strategy, %2 purchase, %3 term and payment, %4 saving in USD, %5 months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the imported usage has an On-Demand price in the offline price data; File › Update prices… may fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BillingMeterCard</name>
    <message>
        <source>Billing meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance usage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4 cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IPs (lab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and its source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BreakdownChart</name>
    <message>
        <source>Cost breakdown over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>USD over %n month(s)</source>
        <translation>
            <numerusform>USD over %n month</numerusform>
            <numerusform>USD over %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost breakdown (USD over the horizon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed beyond the horizon</source>
        <extracomment>Cost breakdown bar: commitment fees still owed after the horizon (part of the total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ChartBase</name>
    <message>
        <source>Chart assumptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CommitmentCurveChart</name>
    <message>
        <source>Total cost by hourly commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan commitment (USD per hour)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total over the horizon (USD)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand only: %1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment (USD/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment paid (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand for the rest (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostChart</name>
    <message>
        <source>Prices as of %1</source>
        <extracomment>Chart note: %1 is the date of the price snapshot, or &quot;the scenario&apos;s own prices&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario&apos;s own prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of %1 hours</source>
        <extracomment>Chart note: every month counts %1 hours (730 by default)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar months from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <extracomment>Chart note: %1 is the Region&apos;s name with its code, &quot;US East (N. Virginia) (us-east-1)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no price)</source>
        <extracomment>Legend entry of an option the offline prices cannot price (it has no line or bar)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Prices as of %1, published %2 to %3</source>
        <extracomment>Chart note: %1 the price snapshot date, %2 and %3 the oldest and newest publication dates of the prices used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of %1, published %2</source>
        <extracomment>Chart note: %1 the price snapshot date, %2 the publication date of every price used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a year older than the newest price used: %1</source>
        <extracomment>Chart note: %1 lists prices with their dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices used carry no publication date (%1)</source>
        <extracomment>Chart note: every price the comparison used has no publication date (a scenario&apos;s own prices without a date); %1 is the date of the price snapshot or &quot;the scenario&apos;s own prices&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n price(s) used carry no publication date</source>
        <extracomment>Appended to &quot;Prices as of ..., published ...&quot;: how many prices used have no date</extracomment>
        <translation>
            <numerusform>; %n price used carries no publication date</numerusform>
            <numerusform>; %n prices used carry no publication date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostWorkspace</name>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each figure was computed, in the AWS Pricing Calculator&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price snapshot of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“estimate”, “derived price”: not a published figure; the rule is in the row&apos;s tooltip and under Show calculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“No price”: none for this Region or type in the offline price data. %1</source>
        <extracomment>%1 says how to get the missing prices</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · USD, taxes excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices typed in this scenario for %1 in %2 override the catalog&apos;s (changing the Region drops them; changing the type drops those of the old type).</source>
        <extracomment>%1 instance types, %2 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no figures: %2 — %3</source>
        <extracomment>%1 the option, %2 why it has no price, %3 how to get it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic money axis keeps every option readable when one costs far more than the rest (a Dedicated Host, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change chart scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the horizon box (&quot;36 months&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the comparison runs, up to 10 years (120 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>730-hour months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>730-hour months, as AWS&apos;s monthly figures use, or the calendar&apos;s months (28 to 31 days) from the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change month length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CumulativeChart</name>
    <message>
        <source>Cumulative cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-even month %1</source>
        <extracomment>Marker on the cumulative chart: %1 is the month number where an option overtakes On-Demand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Term continues after the horizon</source>
        <extracomment>Legend entry of the cumulative chart: a marker where the horizon ends before a commitment&apos;s term, whose remaining fees are still owed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 USD owed after the horizon</source>
        <extracomment>Label on the cumulative chart where the horizon ends inside a commitment&apos;s term: %1 is the amount in USD still owed after the horizon (included in the total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (logarithmic scale)</source>
        <extracomment>Title of the cumulative chart when its money axis is logarithmic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD (log)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::EventLogModel</name>
    <message>
        <source>change instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disassociate Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot capacity returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;; AWS refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot interruption notice (2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed from hibernation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernated longer than 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance-store data lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume kept (still billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance vanished from the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public address left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::InstanceTypeModel</name>
    <message>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerated computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price source gives no specs for %1: vCPU and memory are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the family name (%1): the price source gives no category for this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price source gives no category for this type, and its family name is not one of AWS&apos;s five groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous</source>
        <comment>instance generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <comment>instance generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux On-Demand, shared tenancy: no price catalog is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux On-Demand, shared tenancy, prices as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand
USD/h</source>
        <extracomment>Column header of the type picker, two lines: the Linux On-Demand price per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory
GiB</source>
        <extracomment>Column header of the type picker, two lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch.</source>
        <extracomment>Column header of the type picker, short for &quot;Architecture&quot; (its tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 USD/h effective (hourly fee + upfront fee / term hours)</source>
        <extracomment>Tooltip of a type&apos;s lowest commitment rate: %1 the offer, %2 its effective rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reserved Instance or Savings Plan rate for this type in the price data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest effective hourly rate among the type&apos;s published Linux Reserved Instance and Savings Plan offers (hourly fee + upfront fee / term hours); the cell&apos;s tooltip names the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest RI/SP
USD/h</source>
        <extracomment>Column header of the type picker, two lines: the lowest commitment rate per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabController</name>
    <message>
        <source>lab script</source>
        <extracomment>Names the lab&apos;s script where an error message would name a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch %1</source>
        <extracomment>Undo history entry: %1 is the new instance&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabWorkspace</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch instance...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a new instance (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StopInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StopInstances with Hibernate=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StopInstances with Force=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RebootInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TerminateInstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>instance action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModifyInstanceAttribute InstanceType (only while stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle disableApiTermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle disableApiStop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AllocateAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssociateAddress with the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disassociate EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisassociateAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseAddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sudo shutdown&apos; inside the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 reclaims Spot capacity (2-minute notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot capacity is available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The underlying host is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InsufficientInstanceCapacity while pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (not API calls, never blocked by protections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the simulated clock (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ The clock is paused: press Play or Step to let simulated time pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP %1 moved: %2 → %3</source>
        <extracomment>Note on the state diagram: %1 the Elastic IP, %2 and %3 the instances it moved from and to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No address (in &quot;Elastic IP 192.0.2.1 → none&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP %1 moved from %2 to %3. On %4: Elastic IP %5 → %6, public IPv4 %7 → %8.</source>
        <extracomment>Under the address card: %1 the Elastic IP, %2 and %3 the instances it moved from and to, %4 the other instance, %5..%8 its Elastic IP and public IPv4 before and after (&quot;none&quot; if none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billed for instance usage while %1, and no EBS volume is left to bill</source>
        <extracomment>%1 is an instance state name, such as &quot;terminated&quot;; the instance&apos;s EBS volumes were deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Elastic IP must be allocated before use, and cannot be used once released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request forbade reassociation (allow_reassociation false); without that, an address in use moves to the new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Region allows 5 Elastic IPs by default: release one, or raise the quota (eip_quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Elastic IP cannot be associated while the instance is pending: wait until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the next transition (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1x (real time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60x (a minute per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3600x (an hour per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to go back (or forward) in simulated time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the timeline and the event log (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline and the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernating (billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interruption at +%1</source>
        <extracomment>Shown in the state&apos;s box: %1 is the simulated time of the Spot interruption (H:MM:SS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until +%1</source>
        <extracomment>Shown in a transitional state&apos;s box: %1 is the simulated time it ends (H:MM:SS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable now: running (SUSE: per started hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable now: running (per second, 60 s minimum per run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable now: hibernating (the stopping time is billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not billed for instance usage while %1; EBS still bills</source>
        <extracomment>%1 is an instance state name, such as &quot;stopped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 USD/h%5%6</source>
        <extracomment>%1 instance id, %2 instance type, %3 platform, %4 price per hour, %5 &quot; · Spot&quot; or nothing, %6 the protections (&quot; · termination protection&quot; and &quot; · stop protection&quot;) or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · termination protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The lab script has a problem:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 from the price catalog (%2, as of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1, set in the lab script (not a catalog price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv4: %1 USD/h, the AWS rate since 2024-02-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernation is possible only from running, and not in the first minutes after a launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance type can only be changed while the instance is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is not allowed from the instance&apos;s current state: follow the arrows of the state diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protection attribute blocks this API call. Turn the protection off first; events such as an OS shutdown are not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances with an instance-store root device cannot be stopped, and Spot Instances cannot have termination protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernation must be enabled when the instance is launched; it cannot be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminated instance disappears about an hour after termination; after that no API call can name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disassociated from %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved here from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no public IPv4 address now.</source>
        <extracomment>%1 the instance the Elastic IP left; %2 its new auto-assigned public IPv4 address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the public IPv4 address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 refused — %2&lt;/b&gt;&lt;br&gt;%3%4</source>
        <extracomment>%1 the action and instance, %2 the AWS error code, %3 AWS&apos;s message, %4 the rule behind it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch an instance first: this action needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New instance type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, on %3)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address, %3 the instance it is on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, not associated)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Elastic IP to use: allocate one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP (one on another instance moves to this one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Undo history entry: %1 is an instance action (&quot;start&quot;), %2 the instance&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LaunchDialog</name>
    <message>
        <source>General purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerated computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Linux 2023 (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubuntu Server 24.04 LTS (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Server 2022 Base (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux 9 (EBS root, per-second billing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUSE Linux Enterprise Server 15 (EBS root, billed per started hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Linux, instance-store root (cannot be stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machine image (AMI):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (USD per hour):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand</source>
        <comment>purchasing option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <comment>purchasing option</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernate</source>
        <comment>Spot interruption behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no data volume</comment>
        <extracomment>Shown in the data volume size box at 0 GB: launch without a data volume</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;arket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot interruption behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot &amp;interruption behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-assign a public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination protection (disableApiTermination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop protection (disableApiStop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable hibernation (needs an encrypted EBS root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>shutdown behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>shutdown behavior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutdown behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shutdown behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root volume type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>Unit after the number in a size box; keep the leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root volume (deleted on termination):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra gp3 data volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand price from the price catalog: %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot: this price is saved in the lab script (the catalog only has On-Demand prices here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the price catalog for this image and region: built-in classroom price (Linux On-Demand, us-east-1); it is saved in the lab script. Edit it for another platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your price: it is saved in the lab script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the lesson into the lab and show its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson &quot;%1&quot;? It replaces the instances and events now in the lab.</source>
        <extracomment>%1 is the lesson&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo brings the current lab back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step&apos;s number, %2 how many steps the lesson has, %3 the step&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LoadDurationChart</name>
    <message>
        <source>Load-duration curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of hours with at least this usage (%)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances running</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of hours (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update prices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ec2lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ec2lab did not close normally last time. Recover the scenario you were editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario or lifecycle script (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard (image and CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals shown for USD amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (large fonts, high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ec2lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ec2lab %1&lt;/h3&gt;&lt;p&gt;Simulates the Amazon EC2 instance lifecycle and compares what each way of paying for EC2 would cost.&lt;/p&gt;&lt;p&gt;Prices are estimates from a snapshot of public AWS price lists; taxes excluded. Not affiliated with Amazon Web Services.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <extracomment>Status bar after an export: %1 is the full path of the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import usage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MonthlyChart</name>
    <message>
        <source>Monthly cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cash flow (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::OptionsPanel</name>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo history entry: %1 is the JSON field name (term, payment...), %2 the option&apos;s id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Placeholder of an empty number field: the value then comes from the price catalog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convertible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RI class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x </source>
        <extracomment>Prefix of the Reserved Instance count box (&quot;x 2&quot; = two instances)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RI count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <extracomment>The two Savings Plan types by their AWS names (Compute, EC2 Instance)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot savings percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interruptions/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family, e.g. m5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (750 h/month, 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits (2025 plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free Tier plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand is the reference every other option is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy the commitment again when its term ends before the horizon; unchecked, the usage after the term is billed On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::PurchaseModel</name>
    <message>
        <source>No Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the term (&quot;1 yr&quot;), %2 the payment option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-Demand only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/h</source>
        <extracomment>A Savings Plan purchase: %1 the hourly commitment in USD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan, optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan, conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute Savings Plan, your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Reserved Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total over horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>One Reserved Instance purchase: %1 count, %2 instance type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Reserved Instances of one Region: %1 the purchases, %2 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix of commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RI %1 × %2 (%3)</source>
        <extracomment>A mix&apos;s Reserved Instances: %1 count, %2 instance type, %3 Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 Instance SP %1 USD/h (%2, %3)</source>
        <extracomment>A mix&apos;s EC2 Instance Savings Plan: %1 USD per hour, %2 family, %3 Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute SP %1 USD/h</source>
        <extracomment>A mix&apos;s Compute Savings Plan: %1 USD per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::PurchasesChart</name>
    <message>
        <source>Recommended purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total over the horizon (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront per term (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@value USD</source>
        <extracomment>Bar label: @value is replaced by the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScenarioDocument</name>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScheduleGrid</name>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>168 hour cells; drag to paint the hours the instances run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>In the grid&apos;s corner: how many of the week&apos;s 168 hours are painted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SpotBandChart</name>
    <message>
        <source>Spot cost range (p10 to p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 median</source>
        <extracomment>Legend: %1 is the option&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot cost range: add a Spot option with an interruption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot cumulative cost percentiles (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p10-p90: %2 to %3 USD at month %4</source>
        <extracomment>Legend: %1 is the option&apos;s name; the band spans the 10th (%2) to the 90th (%3) percentile of the cumulative cost at month %4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD from median</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot cost range: p10 to p90 around the median (right axis)</source>
        <extracomment>Title of the Spot chart when the p10-p90 band is drawn around the median on its own axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StateDiagram</name>
    <message>
        <source>rebooting</source>
        <extracomment>Shown in the running state&apos;s box, in place of its code, while a reboot is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance state diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop / hibernate</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch failure</source>
        <comment>arrow</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot (stays running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <extracomment>%1 is the state&apos;s numeric code in the EC2 API (0 pending, 16 running, 80 stopped...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch an instance to start the lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StorageCard</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance store, %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data kept (reboot keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>data lost %n time(s): stop, hibernate and terminate wipe it</source>
        <translation>
            <numerusform>data lost %n time: stop, hibernate and terminate wipe it</numerusform>
            <numerusform>data lost %n times: stop, hibernate and terminate wipe it</numerusform>
        </translation>
    </message>
    <message>
        <source>EBS %1, %2 GB%3</source>
        <extracomment>%1 is the volume type (gp3), %2 its size, %3 either &quot;, root&quot; or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted at termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached, still billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SummaryModel</name>
    <message>
        <source>No price: %1</source>
        <extracomment>a summary row without figures: why, in place of the figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an estimate (%2 USD): %3 · %4, %5</source>
        <extracomment>%1 the option, %2 the price value, %3 the rule, %4 the source, %5 its date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a derived price (%2 USD): %3 · %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings vs On-Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised monthly (USD)</source>
        <extracomment>A column: the AWS Pricing Calculator&apos;s normalised monthly (upfront / 12 + monthly)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Tooltip of a Region&apos;s total in the summary: %1 the option, %2 the Region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price</source>
        <extracomment>A Region&apos;s total column of the summary when that Region has no price for the option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, %1 (USD)</source>
        <extracomment>Summary column of a Region compared side by side: %1 the Region&apos;s name</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>A commitment is owed for its whole term: the hourly fees of a term that runs on after the horizon are in the total and shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a commitment: its hourly fee + upfront fee / term hours. For other options: the cost per used instance-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed beyond horizon (USD)</source>
        <extracomment>Summary column: the part of the total that a commitment&apos;s term still owes after the horizon</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TimelineChart</name>
    <message>
        <source>Instance states over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated clock (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated clock from %1 UTC; transitional states use the lab&apos;s configured durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are simulated seconds after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TypePicker</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Region name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search types, e.g. m7g or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ </source>
        <extracomment>Prefix of the minimum vCPU and minimum memory filters (&quot;≥ 4 vCPU&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload type: &lt;b&gt;%1&lt;/b&gt; in %2 · price snapshot %3</source>
        <extracomment>%1 is the instance type, %2 the region, %3 the date of the prices (or &quot;from the scenario&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose instance type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price the same workloads in other Regions too, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Regions</source>
        <extracomment>Undo history entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload&apos;s operating system, which its prices depend on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUSE Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubuntu Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows with SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <extracomment>The Compare button with the number of Regions compared side by side</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UpdatePricesDialog</name>
    <message>
        <source>Update prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the current EC2 prices of the chosen regions from the AWS Price List and add them to the price catalog. ec2lab connects to the Price List only when you press Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is a region code (us-east-1), %2 its location (US East (N. Virginia))</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region&apos;s EC2 offer file is large (hundreds of megabytes), so choose only the regions you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;Savings Plans rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Savings Plans rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price List base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the price files are downloaded from. Change it only for a mirror or a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Download to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 bytes received of %2 in all, each already formatted (&quot;1.2 MB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in use are as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http or https address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the EC2 region index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the EC2 prices of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the Savings Plans region index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the Savings Plans rates of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the prices of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the price catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled. The price catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update prices: %1&lt;br&gt;The price catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the new prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price(s) from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Imported %n price from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Imported %n prices from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices were saved, but the catalog could not be read back: %1&lt;br&gt;The app keeps using the prices it had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageEditor</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: %1 days and %2 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on (24 x 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline plus peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle script from the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price what you did in the lifecycle lab: its instances, runs, volumes and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day 07-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra instances at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always on, plus</source>
        <extracomment>Between two number boxes: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the grid&apos;s hours</source>
        <extracomment>After the second number box: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change usage pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change instance count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change baseline and peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle script file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lab script: %n instance(s) (%1), %2 from %3 UTC, %4 billed instance-hours.</source>
        <extracomment>%n instances named in %1 (i-1, i-2), running for %2 (a duration) from %3 (a date and time), billed for %4 instance-hours</extracomment>
        <translation>
            <numerusform>Lab script: %n instance (%1), %2 from %3 UTC, %4 billed instance-hours.</numerusform>
            <numerusform>Lab script: %n instances (%1), %2 from %3 UTC, %4 billed instance-hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs %1; a lab-script workload compares one instance type, so keep one type in the lab.</source>
        <extracomment>%1 lists the instance types the lab script runs (t3.micro, m5.large)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes and public addresses are billed as the lab&apos;s meter billed them; each option prices the same runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lab&apos;s lifecycle script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid sets the peak hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the grid to paint running hours; drag from a filled cell to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A steady share of every clock hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint on the grid to switch to a weekly schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply schedule preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageHeatmapChart</name>
    <message>
        <source>Usage by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of day (UTC)</source>
        <comment>axis title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <extracomment>Heat map legend: a band of instances running, %1 its upper bound</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format</comment>
        <extracomment>The heat map&apos;s date labels, a QDateTime format (&quot;Mar 2&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
