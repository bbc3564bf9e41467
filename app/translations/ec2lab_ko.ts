<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CostComputation</name>
    <message>
        <source>This scenario has no lab script: run something in the lifecycle lab first.</source>
        <translation>이 시나리오에는 실습 스크립트가 없습니다. 먼저 수명 주기 실습에서 무언가를 실행하세요.</translation>
    </message>
    <message>
        <source>Get it with File › Import prices or File › Update prices…</source>
        <extracomment>How to get a missing price: the menu items of the File menu</extracomment>
        <translation>파일 › 가격 가져오기 또는 파일 › 가격 업데이트…로 받으세요</translation>
    </message>
    <message>
        <source>This option cannot be priced: %1</source>
        <translation>이 옵션은 가격을 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <source>Reserved Instance (%1)</source>
        <extracomment>%1 is an offer such as &quot;standard/1yr/all-upfront&quot;</extracomment>
        <translation>예약 인스턴스(%1)</translation>
    </message>
    <message>
        <source>Savings Plan (%1)</source>
        <extracomment>%1 is an offer such as &quot;compute/1yr/no-upfront&quot;</extracomment>
        <translation>Savings Plan(%1)</translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation>전용 호스트</translation>
    </message>
    <message>
        <source>Dedicated Host reservation (%1)</source>
        <extracomment>%1 is a host reservation such as &quot;1yr/no-upfront&quot;</extracomment>
        <translation>전용 호스트 예약(%1)</translation>
    </message>
    <message>
        <source>Dedicated Instance</source>
        <translation>전용 인스턴스</translation>
    </message>
    <message>
        <source>EBS %1</source>
        <extracomment>%1 is an EBS volume type such as gp3</extracomment>
        <translation>EBS %1</translation>
    </message>
    <message>
        <source>public IPv4 address</source>
        <translation>퍼블릭 IPv4 주소</translation>
    </message>
    <message>
        <source>data transfer out</source>
        <translation>데이터 송신</translation>
    </message>
    <message>
        <source>Spot savings</source>
        <translation>스팟 절감률</translation>
    </message>
    <message>
        <source>No %1 price in %2 in the offline prices</source>
        <extracomment>%1 is the kind of price (&quot;Dedicated Host&quot;), %2 the instance type or family, %3 the Region</extracomment>
        <translation>오프라인 가격에 %2의 %1 가격이 없습니다</translation>
    </message>
    <message>
        <source>No %1 price for %2 in %3 in the offline prices</source>
        <translation>오프라인 가격에 %3의 %2 %1 가격이 없습니다</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An option without a price in another Region: %1 the option, %2 the Region&apos;s name</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>1yr</source>
        <extracomment>A commitment term in an option name or calculation line</extracomment>
        <translation>1년</translation>
    </message>
    <message>
        <source>3yr</source>
        <translation>3년</translation>
    </message>
    <message>
        <source>no-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation>선결제 없음</translation>
    </message>
    <message>
        <source>partial-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation>부분 선결제</translation>
    </message>
    <message>
        <source>all-upfront</source>
        <extracomment>A Reserved Instance / Savings Plan payment option in an option name</extracomment>
        <translation>전체 선결제</translation>
    </message>
    <message>
        <source>1 instance</source>
        <extracomment>One instance, in a calculation line</extracomment>
        <translation>인스턴스 1개</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <extracomment>%1 instances (2 or more, or 0), in a calculation line</extracomment>
        <translation>인스턴스 %1개</translation>
    </message>
    <message>
        <source>%1 x %2 RI (%3)</source>
        <extracomment>%1 how many Reserved Instances, %2 the instance type, %3 the offer (class/term/payment)</extracomment>
        <translation>%2 예약 인스턴스 %1개 (%3)</translation>
    </message>
    <message>
        <source>Compute Savings Plan (%1)</source>
        <extracomment>%1 the plan&apos;s offer (type/term/payment)</extracomment>
        <translation>Compute Savings Plan (%1)</translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan (%1)</source>
        <extracomment>%1 the plan&apos;s offer (type/term/payment)</extracomment>
        <translation>EC2 Instance Savings Plan (%1)</translation>
    </message>
    <message>
        <source>mixed sizes</source>
        <translation>여러 크기</translation>
    </message>
    <message>
        <source>%1 %2 host(s) for a peak of %3 (a host holds %4 x %5)</source>
        <extracomment>%1 hosts, %2 the host family, %3 the peak (&quot;40 instances&quot; or &quot;mixed sizes&quot;), %4 how many instances of type %5 one host holds</extracomment>
        <translation>최대 %3에 맞춘 %2 호스트 %1대 (호스트 1대에 %5 %4개)</translation>
    </message>
    <message>
        <source>host reservation %1 %2</source>
        <extracomment>%1 the term (1yr, 3yr), %2 the payment option (no-upfront, ...), in keys</extracomment>
        <translation>호스트 예약 %1 %2</translation>
    </message>
    <message>
        <source>On-Demand: </source>
        <extracomment>Starts a calculation line: the rest billed On-Demand (after the Free plan&apos;s credits)</extracomment>
        <translation>온디맨드: </translation>
    </message>
    <message>
        <source>Not eligible, On-Demand: </source>
        <extracomment>Starts a calculation line: an instance type the legacy Free Tier does not cover</extracomment>
        <translation>대상 아님, 온디맨드: </translation>
    </message>
    <message>
        <source>On-Demand (not on the %1 hosts): </source>
        <extracomment>Starts a calculation line; %1 is the family on the Dedicated Hosts</extracomment>
        <translation>온디맨드 (%1 호스트 밖): </translation>
    </message>
    <message>
        <source>Portfolio: %1 RI purchase(s), %2 Savings Plan(s)</source>
        <extracomment>%1 Reserved Instance purchases and %2 Savings Plans in one option</extracomment>
        <translation>포트폴리오: 예약 인스턴스 구매 %1건, Savings Plan %2개</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <source>Reserved Instances</source>
        <translation>예약 인스턴스</translation>
    </message>
    <message>
        <source>Standard RI %1 %2 x%3</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 how many instances</extracomment>
        <translation>표준 예약 인스턴스 %1 %2 x%3</translation>
    </message>
    <message>
        <source>Convertible RI %1 %2 x%3</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 how many instances</extracomment>
        <translation>전환형 예약 인스턴스 %1 %2 x%3</translation>
    </message>
    <message>
        <source>Savings Plans</source>
        <translation>Savings Plans</translation>
    </message>
    <message>
        <source>Compute Savings Plan %1 %2 (%3 USD/h)</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 the hourly commitment</extracomment>
        <translation>Compute Savings Plan %1 %2 (%3 USD/시간)</translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan %1 %2 (%3 USD/h)</source>
        <extracomment>An option name: %1 the term, %2 the payment option, %3 the hourly commitment</extracomment>
        <translation>EC2 Instance Savings Plan %1 %2 (%3 USD/시간)</translation>
    </message>
    <message>
        <source>Compute Savings Plan %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option</extracomment>
        <translation>Compute Savings Plan %1 %2</translation>
    </message>
    <message>
        <source>EC2 Instance Savings Plan %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option
----------
An offer: %1 the term, %2 the payment option</extracomment>
        <translation>EC2 Instance Savings Plan %1 %2</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>스팟</translation>
    </message>
    <message>
        <source>Spot (price history)</source>
        <translation>스팟 (가격 기록)</translation>
    </message>
    <message>
        <source>Dedicated Host reservation %1 %2</source>
        <extracomment>An option name: %1 the term, %2 the payment option</extracomment>
        <translation>전용 호스트 예약 %1 %2</translation>
    </message>
    <message>
        <source>Dedicated Host reservation (%1) %2 %3</source>
        <extracomment>An option name: %1 the host family, %2 the term, %3 the payment option</extracomment>
        <translation>전용 호스트 예약 (%1) %2 %3</translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation>전용 호스트</translation>
    </message>
    <message>
        <source>Dedicated Host (%1)</source>
        <extracomment>An option name: %1 the host family</extracomment>
        <translation>전용 호스트 (%1)</translation>
    </message>
    <message>
        <source>Dedicated Instances</source>
        <translation>전용 인스턴스</translation>
    </message>
    <message>
        <source>Free Tier (legacy)</source>
        <translation>프리 티어 (기존)</translation>
    </message>
    <message>
        <source>Free plan (credits)</source>
        <translation>무료 플랜 (크레딧)</translation>
    </message>
    <message>
        <source>%1: %2 instance-hours x %3 USD/h = %4 USD over %5 months (%6 instance-hours/month on average)</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount, %5 months, %6 the instance-hours of an average month</extracomment>
        <translation>%1: 인스턴스 %2시간 x %3 USD/시간 = %5개월 동안 %4 USD (월평균 인스턴스 %6시간)</translation>
    </message>
    <message>
        <source>On-Demand %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount</extracomment>
        <translation>온디맨드 %1: 인스턴스 %2시간 x %3 USD/시간 = %4 USD</translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD</source>
        <extracomment>%1 the Reserved Instances (&quot;2 x m5.large RI (...)&quot;), %2 fees paid, %3 the fee, %4 the amount</extracomment>
        <translation>%1: %2 x 선결제 %3 USD = %4 USD</translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD/h x %4 h = %5 USD</source>
        <extracomment>%1 the Reserved Instances, %2 how many, %3 the hourly fee, %4 hours, %5 the amount</extracomment>
        <translation>%1: %2 x %3 USD/시간 x %4시간 = %5 USD</translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours of usage (size-flexible within %3)</source>
        <extracomment>%1 the Reserved Instances, %2 instance-hours, %3 the instance family</extracomment>
        <translation>%1이(가) 사용량 중 인스턴스 %2시간을 충당 (%3 안에서 크기 유연)</translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours of usage</source>
        <extracomment>%1 the Reserved Instances, %2 instance-hours</extracomment>
        <translation>%1이(가) 사용량 중 인스턴스 %2시간을 충당</translation>
    </message>
    <message>
        <source>%1: %2 USD/h commitment x %3 h = %4 USD (proposed: the steady baseline)</source>
        <extracomment>%1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount</extracomment>
        <translation>%1: 약정 %2 USD/시간 x %3시간 = %4 USD (제안: 꾸준한 기본 사용량)</translation>
    </message>
    <message>
        <source>%1: %2 USD/h commitment x %3 h = %4 USD</source>
        <extracomment>%1 the Savings Plan, %2 the hourly commitment, %3 hours, %4 the amount</extracomment>
        <translation>%1: 약정 %2 USD/시간 x %3시간 = %4 USD</translation>
    </message>
    <message>
        <source>%1 covers %2 instance-hours at plan rates</source>
        <extracomment>%1 the Savings Plan, %2 instance-hours</extracomment>
        <translation>%1이(가) 플랜 요금으로 인스턴스 %2시간을 충당</translation>
    </message>
    <message>
        <source>Lifecycle trace %1 (%2): billing meter EBS %3 USD, public IPv4 %4 USD</source>
        <extracomment>%1 the workload, %2 its lifecycle script&apos;s file, %3 and %4 the billing meter&apos;s amounts</extracomment>
        <translation>수명 주기 추적 %1 (%2): 과금 미터 EBS %3 USD, 퍼블릭 IPv4 %4 USD</translation>
    </message>
    <message>
        <source>Public IPv4: %1 address-hours x %2 USD/h = %3 USD over %4 months</source>
        <extracomment>%1 address-hours, %2 the hourly rate, %3 the amount, %4 months</extracomment>
        <translation>퍼블릭 IPv4: 주소 %1시간 x %2 USD/시간 = %4개월 동안 %3 USD</translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h</source>
        <extracomment>%1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the Spot rate</extracomment>
        <translation>스팟 %1: %2 USD/시간 x (1 - %3%) = %4 USD/시간</translation>
    </message>
    <message>
        <source>Spot %1: %2 instance-hours at the price history (%3 records, step function) = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 records of the price history, %4 the amount</extracomment>
        <translation>스팟 %1: 가격 기록(레코드 %3개, 계단 함수)으로 인스턴스 %2시간 = %4 USD</translation>
    </message>
    <message>
        <source>Spot interruptions: %1 per instance-month; Monte Carlo of %2 paths (seed %3), on average %4 interruptions over the horizon</source>
        <extracomment>%1 interruptions per instance-month, %2 simulated paths, %3 the random seed, %4 the mean number of interruptions</extracomment>
        <translation>스팟 중단: 인스턴스-월당 %1회; 경로 %2개의 몬테카를로(시드 %3), 기간 전체 평균 %4회 중단</translation>
    </message>
    <message>
        <source>%1 x %2 USD/h x %3 h = %4 USD</source>
        <extracomment>%1 the hosts (&quot;2 m5 host(s) for a peak of ...&quot;), %2 the hourly rate, %3 hours, %4 the amount</extracomment>
        <translation>%1 x %2 USD/시간 x %3시간 = %4 USD</translation>
    </message>
    <message>
        <source>%1, %2: %3 x %4 USD upfront = %5 USD</source>
        <extracomment>%1 the hosts, %2 the reservation (&quot;host reservation 1yr no-upfront&quot;), %3 fees paid, %4 the fee, %5 the amount</extracomment>
        <translation>%1, %2: %3 x 선결제 %4 USD = %5 USD</translation>
    </message>
    <message>
        <source>%1, %2: %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the hosts, %2 the reservation, %3 hosts, %4 the hourly fee, %5 hours, %6 the amount</extracomment>
        <translation>%1, %2: %3 x %4 USD/시간 x %5시간 = %6 USD</translation>
    </message>
    <message>
        <source>Dedicated %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the hourly rate, %4 the amount</extracomment>
        <translation>전용 %1: 인스턴스 %2시간 x %3 USD/시간 = %4 USD</translation>
    </message>
    <message>
        <source>Calendar months from %1 (real hours of each month)</source>
        <extracomment>%1 the scenario&apos;s start date (ISO, 2026-01-01)</extracomment>
        <translation>%1부터 달력 월 (각 월의 실제 시간)</translation>
    </message>
    <message>
        <source>Months of 730 hours; terms of 8,760 h (1 year) and 26,280 h (3 years)</source>
        <translation>한 달은 730시간, 약정 기간은 8,760시간(1년)과 26,280시간(3년)</translation>
    </message>
    <message>
        <source>Hourly grid of clock hours from %1 00:00 UTC; commitments bought at the start</source>
        <extracomment>%1 the scenario&apos;s start date (ISO, 2026-01-01)</extracomment>
        <translation>%1 00:00 UTC부터 정시 단위의 시간별 격자; 약정은 시작 시점에 구매</translation>
    </message>
    <message>
        <source>RIs apply first (smallest sizes first), then EC2 Instance and Compute Savings Plans (highest savings first); the rest at On-Demand</source>
        <translation>예약 인스턴스가 먼저 적용되고(작은 크기부터), 그다음 EC2 Instance 및 Compute Savings Plans(절감률이 큰 것부터), 나머지는 온디맨드</translation>
    </message>
    <message>
        <source>Public IPv4 billed per address-hour from 2024-02-01; auto-assigned addresses free before</source>
        <translation>퍼블릭 IPv4는 2024-02-01부터 주소-시간 단위로 과금; 그 전에는 자동 할당 주소 무료</translation>
    </message>
    <message>
        <source>EBS volumes exist for every instance of a workload all month, running or not</source>
        <translation>EBS 볼륨은 실행 여부와 관계없이 워크로드의 모든 인스턴스에 한 달 내내 존재</translation>
    </message>
    <message>
        <source>Prices in USD, taxes excluded</source>
        <translation>가격은 USD, 세금 제외</translation>
    </message>
    <message>
        <source>Mac instances On-Demand are priced as one On-Demand Dedicated Host each (AWS sells them on hosts only); the 24-hour minimum host allocation is not modelled</source>
        <translation>Mac 인스턴스 온디맨드는 각각 온디맨드 전용 호스트 1대 가격으로 계산(AWS는 호스트로만 판매); 24시간 최소 호스트 할당은 반영하지 않음</translation>
    </message>
    <message>
        <source>standard</source>
        <extracomment>An offering class in an offer key (&quot;standard/1yr/no-upfront&quot;)</extracomment>
        <translation>표준</translation>
    </message>
    <message>
        <source>convertible</source>
        <translation>전환형</translation>
    </message>
    <message>
        <source>compute</source>
        <extracomment>A Savings Plan type in an offer key (&quot;compute/1yr/no-upfront&quot;)</extracomment>
        <translation>Compute</translation>
    </message>
    <message>
        <source>ec2-instance</source>
        <translation>EC2 Instance</translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h x (1 - %3%) = %4 USD/h (Spot savings %5; no Spot price history newer than the On-Demand price)</source>
        <extracomment>%1 the instance type, %2 the On-Demand rate, %3 the Spot savings in percent, %4 the Spot rate, %5 the date of the savings figure</extracomment>
        <translation>스팟 %1: %2 USD/시간 x (1 - %3%) = %4 USD/시간 (스팟 절감률 %5 기준, 온디맨드 가격보다 최신인 스팟 가격 기록 없음)</translation>
    </message>
    <message>
        <source>Spot %1: %2 USD/h, the latest Spot price history record (%3)</source>
        <extracomment>%1 the instance type, %2 the Spot price, %3 the date of its price history record</extracomment>
        <translation>스팟 %1: %2 USD/시간, 스팟 가격 기록의 최신 레코드 (%3)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>No normalization factor is known for %1 (neither in the price catalog nor in AWS&apos;s table): size-flexible Reserved Instances cover it only as its own type.</source>
        <extracomment>%1 an instance type such as m5.metal</extracomment>
        <translation>%1의 정규화 계수를 알 수 없습니다(가격 카탈로그에도 AWS 표에도 없음). 크기 유연성이 있는 예약 인스턴스는 이 유형을 같은 유형으로만 적용합니다.</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>%1 GB 무료</translation>
    </message>
    <message>
        <source>%1 GB x %2 USD/GB</source>
        <translation>%1 GB x %2 USD/GB</translation>
    </message>
    <message>
        <source>Data transfer out (month %1): %2 GB/month: %3 = %4 USD/month</source>
        <extracomment>%1 the month, %2 GB per month, %3 the pieces, %4 the amount</extracomment>
        <translation>데이터 전송(아웃)(%1개월 차): 월 %2 GB: %3 = 월 %4 USD</translation>
    </message>
    <message>
        <source>Dedicated per-Region fee (%1): %2 h with a Dedicated Instance running x %3 USD/h = %4 USD</source>
        <extracomment>%1 the Region, %2 hours, %3 the fee per hour, %4 the amount</extracomment>
        <translation>전용 리전별 요금(%1): 전용 인스턴스가 실행된 %2시간 x %3 USD/시간 = %4 USD</translation>
    </message>
    <message>
        <source>Free plan (2025): %1 USD of credits (%2 at sign-up + %3 earned) pay all charges; %4 USD used</source>
        <extracomment>%1 all credits, %2 sign-up credits, %3 earned credits, %4 credits used</extracomment>
        <translation>프리 플랜(2025): 크레딧 %1 USD(가입 시 %2 + 획득 %3)로 모든 요금을 지불; %4 USD 사용</translation>
    </message>
    <message>
        <source>, used up in month %1</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the month the credits ran out</extracomment>
        <translation>, %1개월 차에 소진</translation>
    </message>
    <message>
        <source>, %1 USD left expire after month 12 (12 months after sign-up)</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the credits left</extracomment>
        <translation>, 남은 %1 USD는 12개월 차 이후(가입 후 12개월) 만료</translation>
    </message>
    <message>
        <source>, %1 USD left at the horizon</source>
        <extracomment>Ends the Free plan&apos;s credit line; %1 the credits left</extracomment>
        <translation>, 기간 종료 시 %1 USD 남음</translation>
    </message>
    <message>
        <source>Paid plan from the start: the Free plan does not allow %1 (it allows t3.micro, t3.small, t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); credits apply until 12 months after sign-up</source>
        <extracomment>%1 the instance types the Free plan does not allow (&quot;m5.large, c5.large&quot;)</extracomment>
        <translation>처음부터 유료 플랜: 프리 플랜은 %1을(를) 허용하지 않음(허용 유형: t3.micro, t3.small, t4g.micro, t4g.small, c7i-flex.large, m7i-flex.large); 크레딧은 가입 후 12개월까지 적용</translation>
    </message>
    <message>
        <source>Free plan until the credits run out in month %1, then the Paid plan</source>
        <extracomment>%1 the month the credits ran out</extracomment>
        <translation>%1개월 차에 크레딧이 소진될 때까지 프리 플랜, 이후 유료 플랜</translation>
    </message>
    <message>
        <source>Free plan for months 1-6, then the Paid plan (the horizon is longer than 6 months): remaining credits apply until 12 months after sign-up</source>
        <translation>1~6개월 차는 프리 플랜, 이후 유료 플랜(기간이 6개월보다 김): 남은 크레딧은 가입 후 12개월까지 적용</translation>
    </message>
    <message>
        <source>Free plan for the whole horizon (at most 6 months)</source>
        <translation>전체 기간 동안 프리 플랜(최대 6개월)</translation>
    </message>
    <message>
        <source>Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this scenario were the account&apos;s only internet traffic; the scenario&apos;s rate applies to every GB beyond</source>
        <translation>데이터 전송(아웃): 매월 처음 100 GB는 무료(2021-12-01 이전에는 1 GB)이며, 이 시나리오가 계정의 유일한 인터넷 트래픽이라고 가정; 그 이상의 모든 GB에는 시나리오의 요금을 적용</translation>
    </message>
    <message>
        <source>Data transfer out: the first 100 GB a month are free (1 GB before 2021-12-01), as if this scenario were the account&apos;s only internet traffic; then AWS&apos;s internet tiers of the Region (10 TB / 40 TB / 100 TB / beyond, counted from the first GB of the month)</source>
        <translation>데이터 전송(아웃): 매월 처음 100 GB는 무료(2021-12-01 이전에는 1 GB)이며, 이 시나리오가 계정의 유일한 인터넷 트래픽이라고 가정; 그 이후에는 리전의 AWS 인터넷 요금 구간 적용(10 TB / 40 TB / 100 TB / 그 이상, 매월 첫 GB부터 계산)</translation>
    </message>
    <message>
        <source>Dedicated Instances pay the Dedicated per-Region fee (2 USD) for every clock hour in which any of them runs</source>
        <translation>전용 인스턴스는 하나라도 실행되는 매 정시 시간마다 전용 리전별 요금(2 USD)을 지불</translation>
    </message>
    <message>
        <source>Legacy Free Tier: the account opens at the start; 750 h a month for Linux/RHEL/SLES and 750 h for Windows of %1 (the Region&apos;s micro type)</source>
        <extracomment>%1 the Region&apos;s micro instance type (t2.micro or t3.micro)</extracomment>
        <translation>레거시 프리 티어: 계정은 시작 시점에 개설; %1(리전의 마이크로 유형)에 대해 Linux/RHEL/SLES 월 750시간과 Windows 월 750시간</translation>
    </message>
    <message>
        <source>2025 Free plan: sign-up at the start; a horizon longer than 6 months assumes the upgrade to the Paid plan after month 6, and credits left then apply until 12 months after sign-up</source>
        <translation>2025 프리 플랜: 시작 시점에 가입; 6개월보다 긴 기간은 6개월 차 이후 유료 플랜으로 업그레이드한다고 가정하며, 그때 남은 크레딧은 가입 후 12개월까지 적용</translation>
    </message>
    <message>
        <source>%1 x %2 USD/h x %3 h/month = %4 USD/month x %5 months = %6 USD</source>
        <extracomment>%1 instances (&quot;2 instances&quot;), %2 the hourly rate, %3 hours per month, %4 the amount per month, %5 months of the horizon, %6 the amount over the horizon</extracomment>
        <translation>%1 x %2 USD/시간 x %3시간/월 = %4 USD/월 x %5개월 = %6 USD</translation>
    </message>
    <message>
        <source>EBS %1: %2 GB x %3 USD/GB-month = %4 USD/month x %5 months = %6 USD</source>
        <extracomment>%1 the EBS volume type, %2 GB, %3 the rate per GB-month, %4 the amount per month, %5 months of the horizon, %6 the amount over the horizon</extracomment>
        <translation>EBS %1: %2 GB x %3 USD/GB-월 = %4 USD/월 x %5개월 = %6 USD</translation>
    </message>
    <message>
        <source>Data transfer out: %1 GB/month: %2 = %3 USD/month x %4 months = %5 USD</source>
        <extracomment>%1 GB per month, %2 the pieces (&quot;100 GB free + 150 GB x 0.09 USD/GB&quot;), %3 the amount per month, %4 months of the horizon, %5 the amount over the horizon</extracomment>
        <translation>데이터 전송(아웃): 월 %1 GB: %2 = 월 %3 USD x %4개월 = %5 USD</translation>
    </message>
    <message>
        <source>Data transfer out (months %1-%2): %3 GB/month: %4 = %5 USD/month x %6 months = %7 USD</source>
        <extracomment>%1 and %2 the first and last month, %3 GB per month, %4 the pieces, %5 the amount per month, %6 the months of the line, %7 the amount over them</extracomment>
        <translation>데이터 전송(아웃)(%1~%2개월 차): 월 %3 GB: %4 = 월 %5 USD x %6개월 = %7 USD</translation>
    </message>
    <message>
        <source>Free Tier (legacy): %1 in %2, 750 h/month for Linux, RHEL and SLES and 750 h/month for Windows, 30 GB of EBS and 750 h of public IPv4 free for the first %3 months; %4 free Linux and %5 free Windows instance-hours used; waived: -%6 USD</source>
        <extracomment>%1 the micro instance type, %2 the Region, %3 free months, %4 and %5 the free Linux and Windows instance-hours used, %6 the charges waived (subtracted from the total)</extracomment>
        <translation>프리 티어(레거시): %2의 %1, Linux·RHEL·SLES 월 750시간과 Windows 월 750시간, EBS 30 GB, 퍼블릭 IPv4 750시간이 처음 %3개월 동안 무료; 무료 인스턴스 시간 사용량 Linux %4, Windows %5; 면제 금액: -%6 USD</translation>
    </message>
    <message>
        <source>Spot %1: %2 instance-hours x %3 USD/h = %4 USD</source>
        <extracomment>%1 the instance type, %2 instance-hours, %3 the Spot hourly rate, %4 the amount</extracomment>
        <translation>스팟 %1: 인스턴스 %2시간 x %3 USD/시간 = %4 USD</translation>
    </message>
    <message>
        <source>Spot risk over %1 paths: total with interruptions p10 %2 / p50 %3 / p90 %4 USD. The TOTAL (%5 USD) is the usage as planned, without interruptions; an interruption can only add cost (the work it loses is run and billed again), so no path costs less than the TOTAL, and the median (p50) exceeds it as soon as more than half of the paths have a billed interruption</source>
        <extracomment>%1 simulated paths, %2 %3 %4 the 10th, 50th and 90th percentiles of the total, %5 the TOTAL</extracomment>
        <translation>스팟 위험(경로 %1개): 중단을 포함한 합계 p10 %2 / p50 %3 / p90 %4 USD. 합계(%5 USD)는 중단 없이 계획대로 사용한 금액입니다. 중단은 비용을 늘리기만 하므로(잃은 작업을 다시 실행하고 다시 청구) 어떤 경로도 합계보다 싸지 않으며, 경로의 절반 넘게 청구되는 중단이 있으면 중앙값(p50)이 합계를 넘습니다</translation>
    </message>
    <message>
        <source>Break-even utilization: %1% (the commitment&apos;s effective hourly rate / the On-Demand rate; it beats On-Demand when the usage it covers runs more than %1% of the hours)</source>
        <extracomment>%1 the break-even utilization in percent</extracomment>
        <translation>손익분기 사용률: %1% (약정의 실효 시간당 요금 / 온디맨드 요금; 약정이 적용되는 사용량이 전체 시간의 %1%를 넘게 실행되면 온디맨드보다 저렴)</translation>
    </message>
    <message>
        <source>Normalised monthly (AWS Pricing Calculator): %1 USD upfront / 12 + %2 USD/month recurring = %3 USD/month</source>
        <extracomment>The AWS Pricing Calculator&apos;s normalised monthly figure; %1 upfront paid in the first 12 months, %2 the recurring charge per month, %3 the result</extracomment>
        <translation>정규화 월 비용(AWS 요금 계산기): 선결제 %1 USD / 12 + 월 반복 %2 USD = 월 %3 USD</translation>
    </message>
    <message>
        <source> %1 %2 (rounding to the cent)</source>
        <extracomment>Added to the sum of the Total line: %1 the cent the rounded terms miss (&quot;+ 0.01&quot;)</extracomment>
        <translation> %1 %2 (센트 단위 반올림)</translation>
    </message>
    <message>
        <source>Total: %1 = %2 USD</source>
        <extracomment>The last line of an option&apos;s calculation: %1 the sum of the lines above (&quot;a + b - c&quot;), %2 the option&apos;s TOTAL</extracomment>
        <translation>합계: %1 = %2 USD</translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD (proposed: the steady baseline)</source>
        <extracomment>%1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount</extracomment>
        <translation>%1: %2 x 선결제 %3 USD = %4 USD (제안: 꾸준한 기본 사용량)</translation>
    </message>
    <message>
        <source>%1: %2 x %3 USD upfront = %4 USD</source>
        <comment>Savings Plan</comment>
        <extracomment>%1 the Savings Plan, %2 fees paid (one per term), %3 the fee, %4 the amount</extracomment>
        <translation>%1: %2 x 선결제 %3 USD = %4 USD</translation>
    </message>
    <message>
        <source>%1: %2 USD/h hourly part of the %3 USD/h commitment x %4 h = %5 USD</source>
        <extracomment>%1 the Savings Plan, %2 the hourly part charged, %3 the whole hourly commitment, %4 hours, %5 the amount</extracomment>
        <translation>%1: 약정 %3 USD/시간 중 시간당 지불분 %2 USD/시간 x %4시간 = %5 USD</translation>
    </message>
    <message>
        <source>%1: %2 x %3 h terms, renewed at the end of each term</source>
        <extracomment>%1 the commitment (RI, Savings Plan or host reservation), %2 terms bought, %3 hours of a term</extracomment>
        <translation>%1: %3시간 약정 기간 %2회, 기간이 끝날 때마다 갱신</translation>
    </message>
    <message>
        <source>a whole new term does not fit in the horizon</source>
        <translation>비교 기간 안에 새 약정 기간 전체가 들어가지 않음</translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation>갱신하지 않음</translation>
    </message>
    <message>
        <source>%1: %2 x %3 h terms, renewed at the end of each term; hours %4-%5 On-Demand (%6)</source>
        <extracomment>%1 the commitment, %2 terms bought, %3 hours of a term, %4-%5 the On-Demand hours, %6 why</extracomment>
        <translation>%1: %3시간 약정 기간 %2회, 기간이 끝날 때마다 갱신; %4-%5시간은 온디맨드 (%6)</translation>
    </message>
    <message>
        <source>%1: %2 x %3 h term; hours %4-%5 On-Demand (%6)</source>
        <extracomment>%1 the commitment, %2 terms bought (1), %3 hours of the term, %4-%5 the On-Demand hours, %6 why</extracomment>
        <translation>%1: %3시간 약정 기간 %2회; %4-%5시간은 온디맨드 (%6)</translation>
    </message>
    <message>
        <source>%1: committed beyond the horizon (owed for the rest of the term, in the total): %2 x %3 USD/h x %4 h = %5 USD</source>
        <extracomment>%1 the commitment, %2 how many (RIs, hosts, or 1 plan), %3 the hourly fee, %4 the hours of the term after the horizon, %5 the amount (part of the option&apos;s total)</extracomment>
        <translation>%1: 비교 기간 이후 남은 약정액 (남은 약정 기간에 대해 지불 의무가 있으며 합계에 포함): %2 x %3 USD/시간 x %4시간 = %5 USD</translation>
    </message>
    <message>
        <source>On-Demand %1 hosts after the %2 term (a whole new term does not fit in the horizon): %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the amount</extracomment>
        <translation>%2 기간 이후 온디맨드 %1 호스트 (비교 기간 안에 새 약정 기간 전체가 들어가지 않음): %3 x %4 USD/시간 x %5시간 = %6 USD</translation>
    </message>
    <message>
        <source>On-Demand %1 hosts after the %2 term (not renewed): %3 x %4 USD/h x %5 h = %6 USD</source>
        <extracomment>%1 the host family, %2 the term (1yr, 3yr), %3 hosts, %4 the hourly rate, %5 hours, %6 the amount</extracomment>
        <translation>%2 기간 이후 온디맨드 %1 호스트 (갱신하지 않음): %3 x %4 USD/시간 x %5시간 = %6 USD</translation>
    </message>
    <message>
        <source>A commitment is renewed at the end of its term only when a whole new term fits in the horizon (the rest runs On-Demand; &quot;renew&quot;: false buys one term); a term longer than the horizon is owed in full: its fees after the horizon are in the total as &quot;committed beyond the horizon&quot;</source>
        <translation>약정은 비교 기간 안에 새 약정 기간 전체가 들어갈 때만 기간이 끝날 때 갱신합니다 (나머지는 온디맨드; &quot;renew&quot;: false는 한 기간만 구매); 비교 기간보다 긴 약정은 전액 지불 의무가 있으며, 비교 기간 이후의 요금은 &quot;비교 기간 이후 남은 약정액&quot;으로 합계에 포함됩니다</translation>
    </message>
    <message>
        <source>%1 On-Demand hourly rate</source>
        <extracomment>Which price (in the chart note&apos;s list of old prices): %1 the instance type</extracomment>
        <translation>%1 온디맨드 시간당 요금</translation>
    </message>
    <message>
        <source>%1 RI %2 upfront fee</source>
        <extracomment>Which price: %1 the instance type, %2 the offer (&quot;standard/1yr/all-upfront&quot;)</extracomment>
        <translation>%1 예약 인스턴스 %2 선결제 금액</translation>
    </message>
    <message>
        <source>%1 RI %2 hourly fee</source>
        <extracomment>Which price: %1 the instance type, %2 the offer (&quot;standard/1yr/no-upfront&quot;)</extracomment>
        <translation>%1 예약 인스턴스 %2 시간당 요금</translation>
    </message>
    <message>
        <source>%1 Savings Plan %2 rate</source>
        <extracomment>Which price: %1 the instance type, %2 the plan (&quot;compute/1yr/no-upfront&quot;)</extracomment>
        <translation>%1 Savings Plan %2 요금</translation>
    </message>
    <message>
        <source>%1 Dedicated Host hourly rate</source>
        <extracomment>Which price: %1 the instance family (&quot;m5&quot;)</extracomment>
        <translation>%1 전용 호스트 시간당 요금</translation>
    </message>
    <message>
        <source>%1 Dedicated Host reservation %2 %3 upfront fee</source>
        <extracomment>Which price: %1 the instance family, %2 the term, %3 the payment option</extracomment>
        <translation>%1 전용 호스트 예약 %2 %3 선결제 금액</translation>
    </message>
    <message>
        <source>%1 Dedicated Host reservation %2 %3 hourly fee</source>
        <extracomment>Which price: %1 the instance family, %2 the term, %3 the payment option</extracomment>
        <translation>%1 전용 호스트 예약 %2 %3 시간당 요금</translation>
    </message>
    <message>
        <source>%1 Dedicated Instance hourly rate</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation>%1 전용 인스턴스 시간당 요금</translation>
    </message>
    <message>
        <source>EBS %1 per GB-month</source>
        <extracomment>Which price: %1 the EBS volume type (&quot;gp3&quot;)</extracomment>
        <translation>EBS %1 GB-월당 요금</translation>
    </message>
    <message>
        <source>public IPv4 address hourly rate</source>
        <extracomment>Which price: the public IPv4 address charge</extracomment>
        <translation>퍼블릭 IPv4 주소 시간당 요금</translation>
    </message>
    <message>
        <source>data transfer out per GB</source>
        <extracomment>Which price: data transfer out to the internet</extracomment>
        <translation>GB당 데이터 전송(아웃) 요금</translation>
    </message>
    <message>
        <source>%1 Spot savings estimate</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation>%1 스팟 절감률 추정치</translation>
    </message>
    <message>
        <source>%1 Spot price</source>
        <extracomment>Which price: %1 the instance type</extracomment>
        <translation>%1 스팟 가격</translation>
    </message>
    <message>
        <source>Standard RI %1 %2</source>
        <translation>표준 예약 인스턴스 %1 %2</translation>
    </message>
    <message>
        <source>Convertible RI %1 %2</source>
        <extracomment>An offer: %1 the term, %2 the payment option</extracomment>
        <translation>전환형 예약 인스턴스 %1 %2</translation>
    </message>
    <message>
        <source>%1: no instance runs in every hour, so the commitment proposed for it (the steady baseline) is 0 USD/h and the plan buys nothing. Set its commitment per hour (&quot;commitment_per_hour&quot; in the scenario file) to price a plan of your own size; the Advisor suggests one.</source>
        <extracomment>%1 a plan (&quot;Compute Savings Plan 1yr no-upfront&quot;)</extracomment>
        <translation>%1: 모든 시간에 실행되는 인스턴스가 없어 이 플랜에 제안된 약정(꾸준한 기본 사용량)이 0 USD/시간이므로 플랜이 아무것도 구매하지 않습니다. 원하는 크기의 플랜을 계산하려면 시간당 약정(시나리오 파일의 &quot;commitment_per_hour&quot;)을 지정하세요. 약정 어드바이저가 값을 제안합니다.</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AddressCard</name>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Address card</source>
        <translation>주소 카드</translation>
    </message>
    <message>
        <source>Private IPv4</source>
        <translation>프라이빗 IPv4</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>퍼블릭 IPv4</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>탄력적 IP</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Public DNS</source>
        <translation>퍼블릭 DNS</translation>
    </message>
    <message>
        <source>Private DNS</source>
        <translation>프라이빗 DNS</translation>
    </message>
    <message>
        <source>Change on another instance</source>
        <translation>다른 인스턴스의 변경</translation>
    </message>
    <message>
        <source>Changed at the last transition (was %1)</source>
        <extracomment>Tooltip of an address that changed; %1 is the address it had before, or &quot;none&quot;</extracomment>
        <translation>마지막 전환에서 바뀜 (이전: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no address</comment>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AdvisorChart</name>
    <message>
        <source>No usage imported yet: File › Import usage… reads describe-instances JSON or a Cost and Usage Report CSV</source>
        <translation>아직 가져온 사용량이 없습니다: 파일 › 사용량 가져오기…로 describe-instances JSON이나 비용 및 사용 보고서(CUR) CSV를 읽습니다</translation>
    </message>
    <message>
        <source>Usage from %1</source>
        <extracomment>Chart note: %1 the imported file&apos;s name</extracomment>
        <translation>사용량 출처: %1</translation>
    </message>
    <message>
        <source>Running instances assumed to run every hour</source>
        <translation>실행 중인 인스턴스는 매시간 실행된다고 가정</translation>
    </message>
    <message>
        <source>Profile of %1 hours repeated over the horizon</source>
        <extracomment>Chart note: %1 number of hours in the imported profile</extracomment>
        <translation>%1시간 분량의 사용 패턴을 기간 전체에 반복</translation>
    </message>
    <message>
        <source>Horizon %1 months of 730 hours; commitments %2</source>
        <extracomment>Chart note: %1 the horizon in months, %2 the term and payment</extracomment>
        <translation>기간 %1개월(한 달 730시간), 약정 %2</translation>
    </message>
    <message>
        <source>Prices as of %1</source>
        <translation>%1 기준 가격</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>알 수 없는 날짜</translation>
    </message>
    <message>
        <source>Left out, no On-Demand price: %1</source>
        <extracomment>Chart note: %1 a list of &quot;Region type&quot; without prices</extracomment>
        <translation>온디맨드 가격이 없어 제외: %1</translation>
    </message>
    <message>
        <source>USD, taxes excluded</source>
        <translation>USD, 세금 제외</translation>
    </message>
    <message>
        <source>%1: %2 USD/h, %3 USD</source>
        <extracomment>Legend of a mark on the commitment curve: %1 its name, %2 USD per hour, %3 total USD</extracomment>
        <translation>%1: %2 USD/시간, %3 USD</translation>
    </message>
    <message>
        <source>Estimated or derived prices used: %1 (ec2lab advise lists them)</source>
        <extracomment>Chart note: %1 how many prices are estimates (e.g. EC2 Instance Savings Plan rates)</extracomment>
        <translation>추정 또는 파생 가격 %1개 사용(ec2lab advise가 목록을 보여 줍니다)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::AdvisorWorkspace</name>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation>사용량 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>The JSON output of aws ec2 describe-instances, or a Cost and Usage Report (CSV)</source>
        <translation>aws ec2 describe-instances의 JSON 출력 또는 비용 및 사용 보고서(CSV)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3년</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 방식</translation>
    </message>
    <message>
        <source>No Upfront</source>
        <translation>선결제 없음</translation>
    </message>
    <message>
        <source>Partial Upfront</source>
        <translation>부분 선결제</translation>
    </message>
    <message>
        <source>All Upfront</source>
        <translation>전체 선결제</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>운영 기간</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>How long the workload runs; a commitment is renewed only while a whole term fits</source>
        <translation>워크로드를 운영하는 기간. 약정은 약정 기간 전체가 들어갈 때만 갱신됩니다</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>약정 기간(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>결제 방식(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>운영 기간(&amp;H):</translation>
    </message>
    <message>
        <source>Your current commitment</source>
        <translation>현재 약정</translation>
    </message>
    <message>
        <source>Current hourly commitment</source>
        <translation>현재 시간당 약정 금액</translation>
    </message>
    <message>
        <source> USD/h</source>
        <translation> USD/시간</translation>
    </message>
    <message>
        <source>The Compute Savings Plan you hold (or plan to buy), marked on the curve</source>
        <translation>보유 중인(또는 구매할) Compute Savings Plan. 곡선에 표시됩니다</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Commitment curve</source>
        <translation>약정 곡선</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Load duration</source>
        <translation>부하 지속</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Recommended purchases</source>
        <translation>권장 구매</translation>
    </message>
    <message>
        <source>Change commitment term</source>
        <translation>약정 기간 변경</translation>
    </message>
    <message>
        <source>Change payment option</source>
        <translation>결제 방식 변경</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>운영 기간 변경</translation>
    </message>
    <message>
        <source>Change current commitment</source>
        <translation>현재 약정 변경</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>사용량 가져오기</translation>
    </message>
    <message>
        <source>Usage (*.json *.csv);;describe-instances output (*.json);;Cost and Usage Report (*.csv);;All files (*)</source>
        <translation>사용량 (*.json *.csv);;describe-instances 출력 (*.json);;비용 및 사용 보고서 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot import usage: %1</source>
        <extracomment>%1 the reader&apos;s message (file, position, field)</extracomment>
        <translation>사용량을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Import failed; the advisor is unchanged</source>
        <translation>가져오기에 실패했습니다. 어드바이저는 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot import usage: %1: no EC2 instance usage to advise on</source>
        <translation>사용량을 가져올 수 없습니다: %1: 분석할 EC2 인스턴스 사용량이 없습니다</translation>
    </message>
    <message>
        <source>Imported usage from %1</source>
        <translation>%1에서 사용량을 가져왔습니다</translation>
    </message>
    <message>
        <source>No usage imported yet.</source>
        <translation>아직 가져온 사용량이 없습니다.</translation>
    </message>
    <message>
        <source>%1: running instances: %2 (assumed always on); instance kinds: %3; left out (not running, Spot, Dedicated Hosts): %4</source>
        <extracomment>%1 file, %2 running instances, %3 instance types, %4 instances left out</extracomment>
        <translation>%1: 실행 중인 인스턴스: %2(항상 실행 가정), 인스턴스 종류: %3, 제외(미실행, 스팟, 전용 호스트): %4</translation>
    </message>
    <message>
        <source>%1: %2 hours from %3; instance kinds: %4; rows used: %5 of %6</source>
        <extracomment>%1 file, %2 hours, %3 first hour, %4 number of Region/type/platform keys, %5 rows used, %6 rows read</extracomment>
        <translation>%1: %3부터 %2시간, 인스턴스 종류: %4, 사용한 행: %6개 중 %5개</translation>
    </message>
    <message>
        <source>Recommendation: buy nothing; no commitment costs less than On-Demand over %1 months.</source>
        <translation>권장: 구매하지 마세요. %1개월 동안 온디맨드보다 저렴한 약정이 없습니다.</translation>
    </message>
    <message>
        <source>Recommendation: %1 — %2, %3. Saves %4 USD against On-Demand over %5 months.</source>
        <extracomment>%1 strategy, %2 purchase, %3 term and payment, %4 saving in USD, %5 months</extracomment>
        <translation>권장: %1 — %2, %3. %5개월 동안 온디맨드보다 %4 USD 절약합니다.</translation>
    </message>
    <message>
        <source>None of the imported usage has an On-Demand price in the offline price data; File › Update prices… may fetch it.</source>
        <translation>가져온 사용량 중 오프라인 가격 데이터에 온디맨드 가격이 있는 것이 없습니다. 파일 › 가격 업데이트…로 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BillingMeterCard</name>
    <message>
        <source>Billing meter</source>
        <translation>요금 미터</translation>
    </message>
    <message>
        <source>Instance usage:</source>
        <translation>인스턴스 사용량:</translation>
    </message>
    <message>
        <source>Instance usage cost</source>
        <translation>인스턴스 사용 요금</translation>
    </message>
    <message>
        <source>EBS:</source>
        <translation>EBS:</translation>
    </message>
    <message>
        <source>EBS cost</source>
        <translation>EBS 요금</translation>
    </message>
    <message>
        <source>Public IPv4:</source>
        <translation>퍼블릭 IPv4:</translation>
    </message>
    <message>
        <source>Public IPv4 cost</source>
        <translation>퍼블릭 IPv4 요금</translation>
    </message>
    <message>
        <source>Elastic IPs (lab):</source>
        <translation>탄력적 IP (실습 전체):</translation>
    </message>
    <message>
        <source>Elastic IP cost</source>
        <translation>탄력적 IP 요금</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>합계:</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>총 요금</translation>
    </message>
    <message>
        <source>Billed seconds:</source>
        <translation>과금된 초:</translation>
    </message>
    <message>
        <source>Billed seconds</source>
        <translation>과금된 초</translation>
    </message>
    <message>
        <source>Price and its source</source>
        <translation>가격과 출처</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::BreakdownChart</name>
    <message>
        <source>Cost breakdown over the horizon</source>
        <translation>기간 전체 비용 구성</translation>
    </message>
    <message numerus="yes">
        <source>USD over %n month(s)</source>
        <translation>
            <numerusform>%n개월 동안의 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost breakdown (USD over the horizon)</source>
        <translation>비용 구성 (기간 전체, USD)</translation>
    </message>
    <message>
        <source>Committed beyond the horizon</source>
        <extracomment>Cost breakdown bar: commitment fees still owed after the horizon (part of the total)</extracomment>
        <translation>비교 기간 이후 남은 약정액</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ChartBase</name>
    <message>
        <source>Chart assumptions</source>
        <translation>차트 가정</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CommitmentCurveChart</name>
    <message>
        <source>Total cost by hourly commitment</source>
        <translation>시간당 약정 금액별 총비용</translation>
    </message>
    <message>
        <source>Compute Savings Plan commitment (USD per hour)</source>
        <comment>axis title</comment>
        <translation>Compute Savings Plan 약정 금액(시간당 USD)</translation>
    </message>
    <message>
        <source>Total over the horizon (USD)</source>
        <comment>axis title</comment>
        <translation>운영 기간 전체 합계(USD)</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>총 요금</translation>
    </message>
    <message>
        <source>On-Demand only: %1 USD</source>
        <translation>온디맨드만: %1 USD</translation>
    </message>
    <message>
        <source>Optimum</source>
        <translation>최적</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>보수적</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>현재 선택</translation>
    </message>
    <message>
        <source>Commitment (USD/h)</source>
        <translation>약정 금액(USD/시간)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>합계 (USD)</translation>
    </message>
    <message>
        <source>Commitment paid (USD)</source>
        <translation>지불한 약정 금액(USD)</translation>
    </message>
    <message>
        <source>On-Demand for the rest (USD)</source>
        <translation>나머지 온디맨드(USD)</translation>
    </message>
    <message>
        <source>Savings (USD)</source>
        <translation>절감액(USD)</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>optimum</source>
        <translation>최적</translation>
    </message>
    <message>
        <source>conservative</source>
        <translation>보수적</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>현재 선택</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostChart</name>
    <message>
        <source>Prices as of %1</source>
        <extracomment>Chart note: %1 is the date of the price snapshot, or &quot;the scenario&apos;s own prices&quot;</extracomment>
        <translation>%1 기준 가격</translation>
    </message>
    <message>
        <source>the scenario&apos;s own prices</source>
        <translation>시나리오에 적힌 가격</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <extracomment>Chart note: %1 is the Region&apos;s name with its code, &quot;US East (N. Virginia) (us-east-1)&quot;</extracomment>
        <translation>리전: %1</translation>
    </message>
    <message>
        <source>Months of %1 hours</source>
        <extracomment>Chart note: every month counts %1 hours (730 by default)</extracomment>
        <translation>한 달 = %1시간</translation>
    </message>
    <message>
        <source>Calendar months from %1</source>
        <translation>%1부터 달력 기준 월</translation>
    </message>
    <message>
        <source>USD, taxes excluded</source>
        <translation>USD, 세금 제외</translation>
    </message>
    <message>
        <source>Instance usage</source>
        <translation>인스턴스 사용량</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>선결제</translation>
    </message>
    <message>
        <source>EBS</source>
        <translation>EBS</translation>
    </message>
    <message>
        <source>Public IPv4</source>
        <translation>퍼블릭 IPv4</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>데이터 전송</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>%1 (no price)</source>
        <extracomment>Legend entry of an option the offline prices cannot price (it has no line or bar)</extracomment>
        <translation>%1 (가격 없음)</translation>
    </message>
    <message>
        <source>Prices as of %1, published %2 to %3</source>
        <extracomment>Chart note: %1 the price snapshot date, %2 and %3 the oldest and newest publication dates of the prices used</extracomment>
        <translation>%1 기준 가격, 게시일 %2 ~ %3</translation>
    </message>
    <message>
        <source>Prices as of %1, published %2</source>
        <extracomment>Chart note: %1 the price snapshot date, %2 the publication date of every price used</extracomment>
        <translation>%1 기준 가격, 게시일 %2</translation>
    </message>
    <message>
        <source>More than a year older than the newest price used: %1</source>
        <extracomment>Chart note: %1 lists prices with their dates</extracomment>
        <translation>사용한 가장 최근 가격보다 1년 넘게 오래된 가격: %1</translation>
    </message>
    <message>
        <source>The prices used carry no publication date (%1)</source>
        <extracomment>Chart note: every price the comparison used has no publication date (a scenario&apos;s own prices without a date); %1 is the date of the price snapshot or &quot;the scenario&apos;s own prices&quot;</extracomment>
        <translation>사용한 가격에 게시일이 없습니다(%1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n price(s) used carry no publication date</source>
        <extracomment>Appended to &quot;Prices as of ..., published ...&quot;: how many prices used have no date</extracomment>
        <translation>
            <numerusform>; 게시일 없는 가격 %n개 사용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CostWorkspace</name>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용 패턴</translation>
    </message>
    <message>
        <source>Options to compare</source>
        <translation>비교할 요금 옵션</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <source>Monthly cash flow</source>
        <translation>월별 현금 흐름</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Spot range</source>
        <translation>스팟 범위</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>요약 표</translation>
    </message>
    <message>
        <source>Show &amp;calculation</source>
        <translation>계산 과정 보기(&amp;C)</translation>
    </message>
    <message>
        <source>How each figure was computed, in the AWS Pricing Calculator&apos;s style</source>
        <translation>각 수치의 계산 과정 (AWS 요금 계산기 방식)</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>계산 과정</translation>
    </message>
    <message>
        <source>Price notes</source>
        <translation>가격 참고 사항</translation>
    </message>
    <message>
        <source>Price snapshot of the summary</source>
        <translation>요약 표의 가격 기준일</translation>
    </message>
    <message>
        <source>“estimate”, “derived price”: not a published figure; the rule is in the row&apos;s tooltip and under Show calculation.</source>
        <translation>“추정치”, “파생 가격”: 공시된 가격이 아닙니다. 규칙은 행의 도구 설명과 계산 과정 보기에 있습니다.</translation>
    </message>
    <message>
        <source>“No price”: none for this Region or type in the offline price data. %1</source>
        <extracomment>%1 says how to get the missing prices</extracomment>
        <translation>“가격 없음”: 오프라인 가격 데이터에 이 리전 또는 유형의 가격이 없습니다. %1</translation>
    </message>
    <message>
        <source>%1 · USD, taxes excluded</source>
        <translation>%1 · USD, 세금 제외</translation>
    </message>
    <message>
        <source>Prices typed in this scenario for %1 in %2 override the catalog&apos;s (changing the Region drops them; changing the type drops those of the old type).</source>
        <extracomment>%1 instance types, %2 the Region</extracomment>
        <translation>이 시나리오에 입력한 %2의 %1 가격이 카탈로그 가격보다 우선합니다(리전을 바꾸면 삭제되고, 유형을 바꾸면 이전 유형의 가격이 삭제됩니다).</translation>
    </message>
    <message>
        <source>%1 has no figures: %2 — %3</source>
        <extracomment>%1 the option, %2 why it has no price, %3 how to get it</extracomment>
        <translation>%1에는 금액이 없습니다: %2 — %3</translation>
    </message>
    <message>
        <source>Chart scale</source>
        <translation>차트 눈금</translation>
    </message>
    <message>
        <source>Linear scale</source>
        <translation>선형 눈금</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>A logarithmic money axis keeps every option readable when one costs far more than the rest (a Dedicated Host, say)</source>
        <translation>로그 금액 축을 쓰면 한 옵션이 나머지보다 훨씬 비쌀 때(예: 전용 호스트)에도 모든 옵션을 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>눈금(&amp;S):</translation>
    </message>
    <message>
        <source>Change chart scale</source>
        <translation>차트 눈금 변경</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the horizon box (&quot;36 months&quot;)</extracomment>
        <translation>개월</translation>
    </message>
    <message>
        <source>Horizon in months</source>
        <translation>비교 기간(개월)</translation>
    </message>
    <message>
        <source>How long the comparison runs, up to 10 years (120 months)</source>
        <translation>비교할 기간, 최대 10년(120개월)</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>기간(&amp;H):</translation>
    </message>
    <message>
        <source>Month length</source>
        <translation>한 달의 길이</translation>
    </message>
    <message>
        <source>730-hour months</source>
        <translation>730시간 단위 월</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>달력상의 월</translation>
    </message>
    <message>
        <source>730-hour months, as AWS&apos;s monthly figures use, or the calendar&apos;s months (28 to 31 days) from the start date</source>
        <translation>AWS 월 요금처럼 한 달을 730시간으로 보거나, 시작일부터 달력상의 월(28~31일)로 봅니다</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>비교 기간 변경</translation>
    </message>
    <message>
        <source>Change month length</source>
        <translation>한 달의 길이 변경</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::CumulativeChart</name>
    <message>
        <source>Cumulative cost</source>
        <translation>누적 비용</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation>월</translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>손익분기점</translation>
    </message>
    <message>
        <source>break-even month %1</source>
        <extracomment>Marker on the cumulative chart: %1 is the month number where an option overtakes On-Demand</extracomment>
        <translation>손익분기 %1개월</translation>
    </message>
    <message>
        <source>Cumulative cost (USD)</source>
        <translation>누적 비용 (USD)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Term continues after the horizon</source>
        <extracomment>Legend entry of the cumulative chart: a marker where the horizon ends before a commitment&apos;s term, whose remaining fees are still owed</extracomment>
        <translation>비교 기간 이후에도 이어지는 약정 기간</translation>
    </message>
    <message>
        <source>+%1 USD owed after the horizon</source>
        <extracomment>Label on the cumulative chart where the horizon ends inside a commitment&apos;s term: %1 is the amount in USD still owed after the horizon (included in the total)</extracomment>
        <translation>비교 기간 이후 +%1 USD 납부 의무</translation>
    </message>
    <message>
        <source>Cumulative cost (logarithmic scale)</source>
        <extracomment>Title of the cumulative chart when its money axis is logarithmic</extracomment>
        <translation>누적 비용(로그 눈금)</translation>
    </message>
    <message>
        <source>USD (log)</source>
        <comment>axis title</comment>
        <translation>USD(로그)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::EventLogModel</name>
    <message>
        <source>change instance type</source>
        <translation>인스턴스 유형 변경</translation>
    </message>
    <message>
        <source>termination protection</source>
        <translation>종료 방지</translation>
    </message>
    <message>
        <source>stop protection</source>
        <translation>중지 방지</translation>
    </message>
    <message>
        <source>allocate Elastic IP</source>
        <translation>탄력적 IP 할당</translation>
    </message>
    <message>
        <source>associate Elastic IP</source>
        <translation>탄력적 IP 연결</translation>
    </message>
    <message>
        <source>disassociate Elastic IP</source>
        <translation>탄력적 IP 연결 해제</translation>
    </message>
    <message>
        <source>release Elastic IP</source>
        <translation>탄력적 IP 릴리스</translation>
    </message>
    <message>
        <source>OS shutdown</source>
        <translation>OS 종료</translation>
    </message>
    <message>
        <source>Spot interruption</source>
        <translation>스팟 중단</translation>
    </message>
    <message>
        <source>Spot capacity returns</source>
        <translation>스팟 용량 복귀</translation>
    </message>
    <message>
        <source>scheduled retirement</source>
        <translation>예정된 사용 중지</translation>
    </message>
    <message>
        <source>launch failure</source>
        <translation>시작 실패</translation>
    </message>
    <message>
        <source>launch</source>
        <comment>instance action</comment>
        <translation>시작(launch)</translation>
    </message>
    <message>
        <source>start</source>
        <comment>instance action</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>stop</source>
        <comment>instance action</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>hibernate</source>
        <comment>instance action</comment>
        <translation>최대 절전</translation>
    </message>
    <message>
        <source>force stop</source>
        <comment>instance action</comment>
        <translation>강제 중지</translation>
    </message>
    <message>
        <source>reboot</source>
        <comment>instance action</comment>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>terminate</source>
        <comment>instance action</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation>pending (대기 중)</translation>
    </message>
    <message>
        <source>running</source>
        <comment>instance state</comment>
        <translation>running (실행 중)</translation>
    </message>
    <message>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation>shutting-down (종료 중)</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation>terminated (종료됨)</translation>
    </message>
    <message>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation>stopping (중지 중)</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation>stopped (중지됨)</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;</extracomment>
        <translation>%1 수락됨</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <extracomment>%1 is an instance action, such as &quot;start&quot;; AWS refused it</extracomment>
        <translation>%1 거부됨</translation>
    </message>
    <message>
        <source>entered state</source>
        <translation>상태 진입</translation>
    </message>
    <message>
        <source>addresses changed</source>
        <translation>주소 변경</translation>
    </message>
    <message>
        <source>Spot interruption notice (2 minutes)</source>
        <translation>스팟 중단 알림 (2분)</translation>
    </message>
    <message>
        <source>reboot completed</source>
        <translation>재부팅 완료</translation>
    </message>
    <message>
        <source>resumed from hibernation</source>
        <translation>최대 절전에서 재개</translation>
    </message>
    <message>
        <source>hibernated longer than 60 days</source>
        <translation>60일 넘게 최대 절전</translation>
    </message>
    <message>
        <source>instance-store data lost</source>
        <translation>인스턴스 스토어 데이터 손실</translation>
    </message>
    <message>
        <source>volume deleted</source>
        <translation>볼륨 삭제</translation>
    </message>
    <message>
        <source>volume kept (still billed)</source>
        <translation>볼륨 유지 (계속 과금)</translation>
    </message>
    <message>
        <source>instance vanished from the console</source>
        <translation>콘솔에서 인스턴스 사라짐</translation>
    </message>
    <message>
        <source>no public address left</source>
        <translation>남은 퍼블릭 주소 없음</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>내보낼 파일</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>너비 (픽셀)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>높이 (픽셀)</translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation>인치당 도트 수</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;DPI:</source>
        <translation>DPI(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 이미지</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>CSV data</source>
        <translation>CSV 데이터</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 데이터</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::InstanceTypeModel</name>
    <message>
        <source>General purpose</source>
        <translation>범용</translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation>컴퓨팅 최적화</translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation>메모리 최적화</translation>
    </message>
    <message>
        <source>Accelerated computing</source>
        <translation>가속 컴퓨팅</translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation>스토리지 최적화</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>The price source gives no specs for %1: vCPU and memory are unknown.</source>
        <translation>가격 출처에 %1의 사양이 없어 vCPU와 메모리를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Derived from the family name (%1): the price source gives no category for this type.</source>
        <translation>패밀리 이름(%1)에서 정한 범주입니다. 가격 출처에 이 유형의 범주가 없습니다.</translation>
    </message>
    <message>
        <source>The price source gives no category for this type, and its family name is not one of AWS&apos;s five groups.</source>
        <translation>가격 출처에 이 유형의 범주가 없고, 패밀리 이름도 AWS의 다섯 범주에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>previous</source>
        <comment>instance generation</comment>
        <translation>이전 세대</translation>
    </message>
    <message>
        <source>current</source>
        <comment>instance generation</comment>
        <translation>현재 세대</translation>
    </message>
    <message>
        <source>Linux On-Demand, shared tenancy: no price catalog is loaded</source>
        <translation>Linux 온디맨드, 공유 테넌시: 가격 카탈로그가 없습니다</translation>
    </message>
    <message>
        <source>Linux On-Demand, shared tenancy, prices as of %1</source>
        <translation>Linux 온디맨드, 공유 테넌시, %1 기준 가격</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>On-Demand
USD/h</source>
        <extracomment>Column header of the type picker, two lines: the Linux On-Demand price per hour</extracomment>
        <translation>온디맨드
USD/시간</translation>
    </message>
    <message>
        <source>Memory
GiB</source>
        <extracomment>Column header of the type picker, two lines</extracomment>
        <translation>메모리
GiB</translation>
    </message>
    <message>
        <source>Arch.</source>
        <extracomment>Column header of the type picker, short for &quot;Architecture&quot; (its tooltip)</extracomment>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>%1: %2 USD/h effective (hourly fee + upfront fee / term hours)</source>
        <extracomment>Tooltip of a type&apos;s lowest commitment rate: %1 the offer, %2 its effective rate</extracomment>
        <translation>%1: 실효 %2 USD/h (시간당 요금 + 선결제 요금 / 약정 시간)</translation>
    </message>
    <message>
        <source>No Reserved Instance or Savings Plan rate for this type in the price data.</source>
        <translation>가격 데이터에 이 유형의 예약 인스턴스나 Savings Plan 요금이 없습니다.</translation>
    </message>
    <message>
        <source>The lowest effective hourly rate among the type&apos;s published Linux Reserved Instance and Savings Plan offers (hourly fee + upfront fee / term hours); the cell&apos;s tooltip names the offer</source>
        <translation>이 유형에 공개된 Linux 예약 인스턴스와 Savings Plan 상품 중 가장 낮은 실효 시간당 요금(시간당 요금 + 선결제 요금 / 약정 시간). 셀의 도움말에 상품 이름이 있습니다</translation>
    </message>
    <message>
        <source>Lowest RI/SP
USD/h</source>
        <extracomment>Column header of the type picker, two lines: the lowest commitment rate per hour</extracomment>
        <translation>최저 RI/SP
USD/시간</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabController</name>
    <message>
        <source>lab script</source>
        <extracomment>Names the lab&apos;s script where an error message would name a file</extracomment>
        <translation>실습 스크립트</translation>
    </message>
    <message>
        <source>Launch %1</source>
        <extracomment>Undo history entry: %1 is the new instance&apos;s name</extracomment>
        <translation>%1 시작</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LabWorkspace</name>
    <message>
        <source>Instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>&amp;Launch instance...</source>
        <translation>인스턴스 시작(&amp;L)...</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Launch a new instance (Ctrl+L)</source>
        <translation>새 인스턴스 시작 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Guided lessons</source>
        <translation>안내 학습</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>마지막 작업 결과</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Actions and events</source>
        <translation>작업과 이벤트</translation>
    </message>
    <message>
        <source>StartInstances</source>
        <translation>StartInstances</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>StopInstances</source>
        <translation>StopInstances</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>StopInstances with Hibernate=true</source>
        <translation>Hibernate=true로 StopInstances</translation>
    </message>
    <message>
        <source>StopInstances with Force=true</source>
        <translation>Force=true로 StopInstances</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>RebootInstances</source>
        <translation>RebootInstances</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>instance action</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>instance action</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <comment>instance action</comment>
        <translation>최대 절전</translation>
    </message>
    <message>
        <source>Force stop</source>
        <comment>instance action</comment>
        <translation>강제 중지</translation>
    </message>
    <message>
        <source>Reboot</source>
        <comment>instance action</comment>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>TerminateInstances</source>
        <translation>TerminateInstances</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>instance action</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>Change type...</source>
        <translation>유형 변경...</translation>
    </message>
    <message>
        <source>ModifyInstanceAttribute InstanceType (only while stopped)</source>
        <translation>ModifyInstanceAttribute InstanceType (중지 상태에서만)</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>종료 방지</translation>
    </message>
    <message>
        <source>Toggle disableApiTermination</source>
        <translation>disableApiTermination 켜기/끄기</translation>
    </message>
    <message>
        <source>Stop protection</source>
        <translation>중지 방지</translation>
    </message>
    <message>
        <source>Toggle disableApiStop</source>
        <translation>disableApiStop 켜기/끄기</translation>
    </message>
    <message>
        <source>Allocate EIP</source>
        <translation>EIP 할당</translation>
    </message>
    <message>
        <source>AllocateAddress</source>
        <translation>AllocateAddress</translation>
    </message>
    <message>
        <source>Associate EIP</source>
        <translation>EIP 연결</translation>
    </message>
    <message>
        <source>AssociateAddress with the selected instance</source>
        <translation>선택한 인스턴스에 AssociateAddress</translation>
    </message>
    <message>
        <source>Disassociate EIP</source>
        <translation>EIP 연결 해제</translation>
    </message>
    <message>
        <source>DisassociateAddress</source>
        <translation>DisassociateAddress</translation>
    </message>
    <message>
        <source>Release EIP</source>
        <translation>EIP 릴리스</translation>
    </message>
    <message>
        <source>ReleaseAddress</source>
        <translation>ReleaseAddress</translation>
    </message>
    <message>
        <source>OS shutdown</source>
        <translation>OS 종료</translation>
    </message>
    <message>
        <source>&apos;sudo shutdown&apos; inside the instance</source>
        <translation>인스턴스 안에서 &apos;sudo shutdown&apos;</translation>
    </message>
    <message>
        <source>Spot interruption</source>
        <translation>스팟 중단</translation>
    </message>
    <message>
        <source>EC2 reclaims Spot capacity (2-minute notice)</source>
        <translation>EC2가 스팟 용량을 회수 (2분 전 알림)</translation>
    </message>
    <message>
        <source>Capacity returns</source>
        <translation>용량 복귀</translation>
    </message>
    <message>
        <source>Spot capacity is available again</source>
        <translation>스팟 용량을 다시 쓸 수 있음</translation>
    </message>
    <message>
        <source>Scheduled retirement</source>
        <translation>예정된 사용 중지</translation>
    </message>
    <message>
        <source>The underlying host is retired</source>
        <translation>기반 호스트가 사용 중지됨</translation>
    </message>
    <message>
        <source>Launch failure</source>
        <translation>시작 실패</translation>
    </message>
    <message>
        <source>InsufficientInstanceCapacity while pending</source>
        <translation>pending 중 InsufficientInstanceCapacity</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API 호출</translation>
    </message>
    <message>
        <source>Events (not API calls, never blocked by protections)</source>
        <translation>이벤트 (API 호출이 아니며 보호 설정에 막히지 않음)</translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>시뮬레이션 시계</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>Play or pause the simulated clock (Ctrl+Space)</source>
        <translation>시뮬레이션 시계 재생/일시 정지 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>⏸ The clock is paused: press Play or Step to let simulated time pass</source>
        <translation>⏸ 시계가 일시 정지되었습니다. 재생 또는 한 단계를 눌러 시뮬레이션 시간을 진행하세요</translation>
    </message>
    <message>
        <source>Elastic IP %1 moved: %2 → %3</source>
        <extracomment>Note on the state diagram: %1 the Elastic IP, %2 and %3 the instances it moved from and to</extracomment>
        <translation>탄력적 IP %1 이동: %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No address (in &quot;Elastic IP 192.0.2.1 → none&quot;)</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Elastic IP %1 moved from %2 to %3. On %4: Elastic IP %5 → %6, public IPv4 %7 → %8.</source>
        <extracomment>Under the address card: %1 the Elastic IP, %2 and %3 the instances it moved from and to, %4 the other instance, %5..%8 its Elastic IP and public IPv4 before and after (&quot;none&quot; if none)</extracomment>
        <translation>탄력적 IP %1이(가) %2에서 %3(으)로 옮겨졌습니다. %4: 탄력적 IP %5 → %6, 퍼블릭 IPv4 %7 → %8.</translation>
    </message>
    <message>
        <source>Not billed for instance usage while %1, and no EBS volume is left to bill</source>
        <extracomment>%1 is an instance state name, such as &quot;terminated&quot;; the instance&apos;s EBS volumes were deleted</extracomment>
        <translation>%1 상태에서는 인스턴스 사용 요금이 없고, 요금이 부과될 EBS 볼륨도 남아 있지 않습니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>An Elastic IP must be allocated before use, and cannot be used once released.</source>
        <translation>탄력적 IP는 쓰기 전에 할당해야 하며, 릴리스한 뒤에는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The request forbade reassociation (allow_reassociation false); without that, an address in use moves to the new instance.</source>
        <translation>요청에서 재연결을 허용하지 않았습니다(allow_reassociation false). 그렇지 않으면 사용 중인 주소가 새 인스턴스로 옮겨집니다.</translation>
    </message>
    <message>
        <source>A Region allows 5 Elastic IPs by default: release one, or raise the quota (eip_quota).</source>
        <translation>리전당 탄력적 IP는 기본적으로 5개까지입니다. 하나를 릴리스하거나 할당량(eip_quota)을 늘리세요.</translation>
    </message>
    <message>
        <source>An Elastic IP cannot be associated while the instance is pending: wait until it runs.</source>
        <translation>인스턴스가 pending(대기 중) 상태일 때는 탄력적 IP를 연결할 수 없습니다. 실행될 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Jump to the next transition (Ctrl+Right)</source>
        <translation>다음 전환으로 이동 (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Clock speed</source>
        <translation>시계 속도</translation>
    </message>
    <message>
        <source>1x (real time)</source>
        <translation>1배 (실시간)</translation>
    </message>
    <message>
        <source>60x (a minute per second)</source>
        <translation>60배 (1초에 1분)</translation>
    </message>
    <message>
        <source>3600x (an hour per second)</source>
        <translation>3600배 (1초에 1시간)</translation>
    </message>
    <message>
        <source>Time scrubber</source>
        <translation>시간 스크러버</translation>
    </message>
    <message>
        <source>Drag to go back (or forward) in simulated time</source>
        <translation>끌어서 시뮬레이션 시간을 앞뒤로 이동</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Show or hide the timeline and the event log (Ctrl+J)</source>
        <translation>타임라인과 이벤트 로그 보이기/숨기기 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the timeline and the event log</source>
        <translation>타임라인과 이벤트 로그 보이기</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>인스턴스 없음</translation>
    </message>
    <message>
        <source>hibernating (billed)</source>
        <translation>최대 절전 중 (과금)</translation>
    </message>
    <message>
        <source>hibernated</source>
        <translation>최대 절전됨</translation>
    </message>
    <message>
        <source>interruption at +%1</source>
        <extracomment>Shown in the state&apos;s box: %1 is the simulated time of the Spot interruption (H:MM:SS)</extracomment>
        <translation>+%1에 중단</translation>
    </message>
    <message>
        <source>until +%1</source>
        <extracomment>Shown in a transitional state&apos;s box: %1 is the simulated time it ends (H:MM:SS)</extracomment>
        <translation>+%1까지</translation>
    </message>
    <message>
        <source>Billable now: running (SUSE: per started hour)</source>
        <translation>지금 과금 중: running (SUSE: 시작된 시간 단위)</translation>
    </message>
    <message>
        <source>Billable now: running (per second, 60 s minimum per run)</source>
        <translation>지금 과금 중: running (초 단위, 실행마다 최소 60초)</translation>
    </message>
    <message>
        <source>Billable now: hibernating (the stopping time is billed)</source>
        <translation>지금 과금 중: 최대 절전 중 (stopping 시간도 과금)</translation>
    </message>
    <message>
        <source>Not billed for instance usage while %1; EBS still bills</source>
        <extracomment>%1 is an instance state name, such as &quot;stopped&quot;</extracomment>
        <translation>%1 동안 인스턴스 사용량은 과금되지 않음. EBS는 계속 과금</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 USD/h%5%6</source>
        <extracomment>%1 instance id, %2 instance type, %3 platform, %4 price per hour, %5 &quot; · Spot&quot; or nothing, %6 the protections (&quot; · termination protection&quot; and &quot; · stop protection&quot;) or nothing</extracomment>
        <translation>%1 · %2 · %3 · %4 USD/시간%5%6</translation>
    </message>
    <message>
        <source> · Spot</source>
        <translation> · 스팟</translation>
    </message>
    <message>
        <source> · termination protection</source>
        <translation> · 종료 방지</translation>
    </message>
    <message>
        <source> · stop protection</source>
        <translation> · 중지 방지</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lab script has a problem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;실습 스크립트에 문제가 있습니다:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 USD/h</source>
        <translation>%1 USD/시간</translation>
    </message>
    <message>
        <source>Price: %1 from the price catalog (%2, as of %3).</source>
        <translation>가격: %1, 가격 카탈로그에서 가져옴 (%2, %3 기준).</translation>
    </message>
    <message>
        <source>Price: %1, set in the lab script (not a catalog price).</source>
        <translation>가격: %1, 실습 스크립트에 적힌 가격 (카탈로그 가격 아님).</translation>
    </message>
    <message>
        <source>Public IPv4: %1 USD/h, the AWS rate since 2024-02-01.</source>
        <translation>퍼블릭 IPv4: %1 USD/시간, 2024-02-01부터 적용된 AWS 요금.</translation>
    </message>
    <message>
        <source>Hibernation is possible only from running, and not in the first minutes after a launch.</source>
        <translation>최대 절전은 running 상태에서만, 그리고 시작 후 처음 몇 분이 지나야 가능합니다.</translation>
    </message>
    <message>
        <source>The instance type can only be changed while the instance is stopped.</source>
        <translation>인스턴스 유형은 인스턴스가 중지된 상태에서만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>This action is not allowed from the instance&apos;s current state: follow the arrows of the state diagram.</source>
        <translation>현재 상태에서는 허용되지 않는 작업입니다. 상태 다이어그램의 화살표를 따라가 보세요.</translation>
    </message>
    <message>
        <source>A protection attribute blocks this API call. Turn the protection off first; events such as an OS shutdown are not blocked.</source>
        <translation>보호 속성이 이 API 호출을 막습니다. 먼저 보호를 끄세요. OS 종료 같은 이벤트는 막히지 않습니다.</translation>
    </message>
    <message>
        <source>Instances with an instance-store root device cannot be stopped, and Spot Instances cannot have termination protection.</source>
        <translation>인스턴스 스토어 루트 디바이스를 쓰는 인스턴스는 중지할 수 없고, 스팟 인스턴스에는 종료 방지를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Hibernation must be enabled when the instance is launched; it cannot be added later.</source>
        <translation>최대 절전은 인스턴스를 시작할 때 켜야 하며 나중에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>A terminated instance disappears about an hour after termination; after that no API call can name it.</source>
        <translation>종료된 인스턴스는 약 1시간 뒤 사라지며, 그 뒤에는 어떤 API 호출도 그 인스턴스를 가리킬 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; accepted</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 수락됨</translation>
    </message>
    <message>
        <source>: %1 → %2</source>
        <translation>: %1 → %2</translation>
    </message>
    <message>
        <source>%1 was disassociated from %2 first.</source>
        <translation>%1은(는) 먼저 %2에서 연결 해제되었습니다.</translation>
    </message>
    <message>
        <source>%1 moved here from %2.</source>
        <translation>%1이(가) %2에서 이 인스턴스로 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>%1 has no public IPv4 address now.</source>
        <extracomment>%1 the instance the Elastic IP left; %2 its new auto-assigned public IPv4 address</extracomment>
        <translation>이제 %1에는 퍼블릭 IPv4 주소가 없습니다.</translation>
    </message>
    <message>
        <source>%1 now has the public IPv4 address %2.</source>
        <translation>이제 %1의 퍼블릭 IPv4 주소는 %2입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 refused — %2&lt;/b&gt;&lt;br&gt;%3%4</source>
        <extracomment>%1 the action and instance, %2 the AWS error code, %3 AWS&apos;s message, %4 the rule behind it</extracomment>
        <translation>&lt;b&gt;%1 거부됨 — %2&lt;/b&gt;&lt;br&gt;%3%4</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 거부됨: %2</translation>
    </message>
    <message>
        <source>Launch an instance first: this action needs one.</source>
        <translation>먼저 인스턴스를 시작하세요. 이 작업에는 인스턴스가 필요합니다.</translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation>인스턴스 유형 변경</translation>
    </message>
    <message>
        <source>New instance type:</source>
        <translation>새 인스턴스 유형:</translation>
    </message>
    <message>
        <source>%1 (%2, on %3)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address, %3 the instance it is on</extracomment>
        <translation>%1 (%2, %3에 연결됨)</translation>
    </message>
    <message>
        <source>%1 (%2, not associated)</source>
        <extracomment>An Elastic IP in the chooser: %1 its name, %2 its address</extracomment>
        <translation>%1 (%2, 연결되지 않음)</translation>
    </message>
    <message>
        <source>There is no Elastic IP to use: allocate one first.</source>
        <translation>사용할 탄력적 IP가 없습니다. 먼저 하나 할당하세요.</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>탄력적 IP</translation>
    </message>
    <message>
        <source>Elastic IP (one on another instance moves to this one):</source>
        <translation>탄력적 IP(다른 인스턴스에 연결된 주소는 이 인스턴스로 옮겨집니다):</translation>
    </message>
    <message>
        <source>Elastic IP:</source>
        <translation>탄력적 IP:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Undo history entry: %1 is an instance action (&quot;start&quot;), %2 the instance&apos;s name</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LaunchDialog</name>
    <message>
        <source>General purpose</source>
        <translation>범용</translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation>컴퓨팅 최적화</translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation>메모리 최적화</translation>
    </message>
    <message>
        <source>Accelerated computing</source>
        <translation>가속 컴퓨팅</translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation>스토리지 최적화</translation>
    </message>
    <message>
        <source>Amazon Linux 2023 (EBS root, per-second billing)</source>
        <translation>Amazon Linux 2023 (EBS 루트, 초 단위 과금)</translation>
    </message>
    <message>
        <source>Ubuntu Server 24.04 LTS (EBS root, per-second billing)</source>
        <translation>Ubuntu Server 24.04 LTS (EBS 루트, 초 단위 과금)</translation>
    </message>
    <message>
        <source>Windows Server 2022 Base (EBS root, per-second billing)</source>
        <translation>Windows Server 2022 Base (EBS 루트, 초 단위 과금)</translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux 9 (EBS root, per-second billing)</source>
        <translation>Red Hat Enterprise Linux 9 (EBS 루트, 초 단위 과금)</translation>
    </message>
    <message>
        <source>SUSE Linux Enterprise Server 15 (EBS root, billed per started hour)</source>
        <translation>SUSE Linux Enterprise Server 15 (EBS 루트, 시작된 시간 단위 과금)</translation>
    </message>
    <message>
        <source>Amazon Linux, instance-store root (cannot be stopped)</source>
        <translation>Amazon Linux, 인스턴스 스토어 루트 (중지 불가)</translation>
    </message>
    <message>
        <source>Launch an instance</source>
        <translation>인스턴스 시작</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>인스턴스 이름</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Machine image</source>
        <translation>머신 이미지</translation>
    </message>
    <message>
        <source>&amp;Machine image (AMI):</source>
        <translation>머신 이미지(AMI)(&amp;M):</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Instance &amp;type:</source>
        <translation>인스턴스 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>시간당 가격</translation>
    </message>
    <message>
        <source>&amp;Price (USD per hour):</source>
        <translation>가격 (시간당 USD)(&amp;P):</translation>
    </message>
    <message>
        <source>Source of the price</source>
        <translation>가격 출처</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <comment>purchasing option</comment>
        <translation>온디맨드</translation>
    </message>
    <message>
        <source>Spot</source>
        <comment>purchasing option</comment>
        <translation>스팟</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>Spot interruption behavior</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>Spot interruption behavior</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <comment>Spot interruption behavior</comment>
        <translation>최대 절전</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no data volume</comment>
        <extracomment>Shown in the data volume size box at 0 GB: launch without a data volume</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>구매 방식</translation>
    </message>
    <message>
        <source>M&amp;arket:</source>
        <translation>구매 방식(&amp;A):</translation>
    </message>
    <message>
        <source>Spot interruption behaviour</source>
        <translation>스팟 중단 동작</translation>
    </message>
    <message>
        <source>Spot &amp;interruption behaviour:</source>
        <translation>스팟 중단 동작(&amp;I):</translation>
    </message>
    <message>
        <source>Auto-assign a public IPv4 address</source>
        <translation>퍼블릭 IPv4 주소 자동 할당</translation>
    </message>
    <message>
        <source>Termination protection (disableApiTermination)</source>
        <translation>종료 방지 (disableApiTermination)</translation>
    </message>
    <message>
        <source>Stop protection (disableApiStop)</source>
        <translation>중지 방지 (disableApiStop)</translation>
    </message>
    <message>
        <source>Enable hibernation (needs an encrypted EBS root)</source>
        <translation>최대 절전 사용 (암호화된 EBS 루트 필요)</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>shutdown behavior</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>shutdown behavior</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>Shutdown behaviour</source>
        <translation>종료 시 동작</translation>
    </message>
    <message>
        <source>&amp;Shutdown behaviour:</source>
        <translation>종료 시 동작(&amp;S):</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Root volume type</source>
        <translation>루트 볼륨 유형</translation>
    </message>
    <message>
        <source> GB</source>
        <extracomment>Unit after the number in a size box; keep the leading space</extracomment>
        <translation> GB</translation>
    </message>
    <message>
        <source>Root volume size</source>
        <translation>루트 볼륨 크기</translation>
    </message>
    <message>
        <source>Root volume (deleted on termination):</source>
        <translation>루트 볼륨 (종료 시 삭제):</translation>
    </message>
    <message>
        <source>Data volume size</source>
        <translation>데이터 볼륨 크기</translation>
    </message>
    <message>
        <source>Delete on termination</source>
        <translation>종료 시 삭제</translation>
    </message>
    <message>
        <source>Extra gp3 data volume:</source>
        <translation>추가 gp3 데이터 볼륨:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>시작(&amp;L)</translation>
    </message>
    <message>
        <source>On-Demand price from the price catalog: %1, as of %2.</source>
        <translation>가격 카탈로그의 온디맨드 가격: %1, %2 기준.</translation>
    </message>
    <message>
        <source>Spot: this price is saved in the lab script (the catalog only has On-Demand prices here).</source>
        <translation>스팟: 이 가격은 실습 스크립트에 저장됩니다 (여기서는 카탈로그에 온디맨드 가격만 있습니다).</translation>
    </message>
    <message>
        <source>Not in the price catalog for this image and region: built-in classroom price (Linux On-Demand, us-east-1); it is saved in the lab script. Edit it for another platform.</source>
        <translation>이 AMI와 리전의 가격은 가격 카탈로그에 없어 내장된 수업용 가격(Linux 온디맨드, us-east-1)을 씁니다. 이 가격은 실습 스크립트에 저장됩니다. 다른 플랫폼이면 가격을 고치세요.</translation>
    </message>
    <message>
        <source>Your price: it is saved in the lab script.</source>
        <translation>직접 입력한 가격: 실습 스크립트에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Load the lesson into the lab and show its first step</source>
        <translation>학습을 실습에 불러오고 첫 단계를 보여 줍니다</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>학습 내용</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>이전 단계 (Alt+Left)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>다음 단계 (Alt+Right)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Start the lesson &quot;%1&quot;? It replaces the instances and events now in the lab.</source>
        <extracomment>%1 is the lesson&apos;s title</extracomment>
        <translation>&quot;%1&quot; 학습을 시작할까요? 지금 실습에 있는 인스턴스와 이벤트를 대체합니다.</translation>
    </message>
    <message>
        <source>Edit › Undo brings the current lab back.</source>
        <translation>편집 › 실행 취소로 현재 실습을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Replace the lab</source>
        <translation>실습 바꾸기</translation>
    </message>
    <message>
        <source>Start lesson &quot;%1&quot;</source>
        <translation>학습 &quot;%1&quot; 시작</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>학습 단계</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 is the step&apos;s number, %2 how many steps the lesson has, %3 the step&apos;s title</extracomment>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::LoadDurationChart</name>
    <message>
        <source>Load-duration curve</source>
        <translation>부하 지속 곡선</translation>
    </message>
    <message>
        <source>Instances running</source>
        <translation>실행 중인 인스턴스</translation>
    </message>
    <message>
        <source>Share of hours with at least this usage (%)</source>
        <comment>axis title</comment>
        <translation>이 사용량 이상인 시간의 비율(%)</translation>
    </message>
    <message>
        <source>Instances running</source>
        <comment>axis title</comment>
        <translation>실행 중인 인스턴스</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Share of hours (%)</source>
        <translation>시간 비율(%)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>작업 공간</translation>
    </message>
    <message>
        <source>&amp;Lifecycle lab</source>
        <translation>수명 주기 실습(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cost comparison</source>
        <translation>비용 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>언어를 바꿨습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>다른 이름으로 저장(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation>차트 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation>차트 인쇄(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Update prices...</source>
        <translation>가격 업데이트(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경 설정(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>발표자 모드(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ec2lab</source>
        <translation>ec2lab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>시나리오를 열 수 없음</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>저장하지 않은 작업을 복구할까요?</translation>
    </message>
    <message>
        <source>ec2lab did not close normally last time. Recover the scenario you were editing?</source>
        <translation>ec2lab이 지난번에 정상적으로 종료되지 않았습니다. 편집 중이던 시나리오를 복구할까요?</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>복구 실패</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>시나리오 &quot;%1&quot;에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>시나리오 (*.json)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Scenario or lifecycle script (*.json);;All files (*)</source>
        <translation>시나리오 또는 수명 주기 스크립트 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard (image and CSV)</source>
        <translation>차트를 클립보드에 복사했습니다 (이미지와 CSV)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Currency decimals</source>
        <translation>통화 소수 자릿수</translation>
    </message>
    <message>
        <source>&amp;Decimals shown for USD amounts:</source>
        <translation>USD 금액의 소수 자릿수(&amp;D):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>On (large fonts, high contrast)</source>
        <translation>켬 (큰 글꼴, 고대비)</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>발표자 모드</translation>
    </message>
    <message>
        <source>&amp;Presenter mode:</source>
        <translation>발표자 모드(&amp;P):</translation>
    </message>
    <message>
        <source>About ec2lab</source>
        <translation>ec2lab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ec2lab %1&lt;/h3&gt;&lt;p&gt;Simulates the Amazon EC2 instance lifecycle and compares what each way of paying for EC2 would cost.&lt;/p&gt;&lt;p&gt;Prices are estimates from a snapshot of public AWS price lists; taxes excluded. Not affiliated with Amazon Web Services.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ec2lab %1&lt;/h3&gt;&lt;p&gt;Amazon EC2 인스턴스 수명 주기를 시뮬레이션하고, EC2 요금을 내는 방법마다 비용이 얼마인지 비교합니다.&lt;/p&gt;&lt;p&gt;가격은 공개된 AWS 가격표 스냅샷에서 얻은 추정치이며 세금은 제외됩니다. Amazon Web Services와 관련이 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <extracomment>Status bar after an export: %1 is the full path of the file written</extracomment>
        <translation>차트를 %1에 내보냈습니다</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>약정 어드바이저(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import usage...</source>
        <translation>사용량 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::MonthlyChart</name>
    <message>
        <source>Monthly cash flow</source>
        <translation>월별 현금 흐름</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation>월</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>월 USD</translation>
    </message>
    <message>
        <source>Monthly cash flow (USD)</source>
        <translation>월별 현금 흐름 (USD)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::OptionsPanel</name>
    <message>
        <source>Add option</source>
        <translation>옵션 추가</translation>
    </message>
    <message>
        <source>Reserved Instance</source>
        <translation>예약 인스턴스</translation>
    </message>
    <message>
        <source>Savings Plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>스팟</translation>
    </message>
    <message>
        <source>Dedicated Host</source>
        <translation>전용 호스트</translation>
    </message>
    <message>
        <source>Dedicated Instance</source>
        <translation>전용 인스턴스</translation>
    </message>
    <message>
        <source>Free Tier</source>
        <translation>프리 티어</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>Undo history entry: %1 is the JSON field name (term, payment...), %2 the option&apos;s id</extracomment>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Add option %1</source>
        <translation>옵션 %1 추가</translation>
    </message>
    <message>
        <source>auto</source>
        <extracomment>Placeholder of an empty number field: the value then comes from the price catalog</extracomment>
        <translation>자동</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3년</translation>
    </message>
    <message>
        <source>No upfront</source>
        <translation>선결제 없음</translation>
    </message>
    <message>
        <source>Partial upfront</source>
        <translation>부분 선결제</translation>
    </message>
    <message>
        <source>All upfront</source>
        <translation>전체 선결제</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Convertible</source>
        <translation>전환형</translation>
    </message>
    <message>
        <source>RI class</source>
        <translation>RI 클래스</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 방식</translation>
    </message>
    <message>
        <source>x </source>
        <extracomment>Prefix of the Reserved Instance count box (&quot;x 2&quot; = two instances)</extracomment>
        <translation>x </translation>
    </message>
    <message>
        <source>RI count</source>
        <translation>RI 개수</translation>
    </message>
    <message>
        <source>Compute</source>
        <extracomment>The two Savings Plan types by their AWS names (Compute, EC2 Instance)</extracomment>
        <translation>Compute</translation>
    </message>
    <message>
        <source>EC2 Instance</source>
        <translation>EC2 Instance</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>플랜 유형</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/시간</translation>
    </message>
    <message>
        <source>Commitment per hour</source>
        <translation>시간당 약정 금액</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <source>Spot savings percent</source>
        <translation>스팟 할인율</translation>
    </message>
    <message>
        <source>interruptions/month</source>
        <translation>회 중단/월</translation>
    </message>
    <message>
        <source>Interruptions per month</source>
        <translation>월간 중단 횟수</translation>
    </message>
    <message>
        <source>family, e.g. m5</source>
        <translation>패밀리, 예: m5</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>호스트 패밀리</translation>
    </message>
    <message>
        <source>Legacy (750 h/month, 12 months)</source>
        <translation>기존 방식 (월 750시간, 12개월)</translation>
    </message>
    <message>
        <source>Credits (2025 plan)</source>
        <translation>크레딧 (2025년 플랜)</translation>
    </message>
    <message>
        <source>Free Tier plan</source>
        <translation>프리 티어 플랜</translation>
    </message>
    <message>
        <source>Option id: %1</source>
        <translation>옵션 ID: %1</translation>
    </message>
    <message>
        <source>On-Demand is the reference every other option is compared with</source>
        <translation>온디맨드는 다른 모든 옵션을 비교하는 기준입니다</translation>
    </message>
    <message>
        <source>Include option %1</source>
        <translation>옵션 %1 포함</translation>
    </message>
    <message>
        <source>Leave out option %1</source>
        <translation>옵션 %1 제외</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>옵션 %1 삭제</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>이 옵션 삭제</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Renew option %1</source>
        <translation>%1 옵션 갱신</translation>
    </message>
    <message>
        <source>Buy the commitment again when its term ends before the horizon; unchecked, the usage after the term is billed On-Demand</source>
        <translation>약정 기간이 비교 기간보다 먼저 끝나면 다시 구매합니다. 선택하지 않으면 약정 기간 이후 사용량은 온디맨드로 청구됩니다</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::PurchaseModel</name>
    <message>
        <source>No Upfront</source>
        <translation>선결제 없음</translation>
    </message>
    <message>
        <source>Partial Upfront</source>
        <translation>부분 선결제</translation>
    </message>
    <message>
        <source>All Upfront</source>
        <translation>전체 선결제</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the term (&quot;1 yr&quot;), %2 the payment option</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>3 yr</source>
        <translation>3년</translation>
    </message>
    <message>
        <source>On-Demand only</source>
        <translation>온디맨드만</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 USD/h</source>
        <extracomment>A Savings Plan purchase: %1 the hourly commitment in USD</extracomment>
        <translation>%1 USD/시간</translation>
    </message>
    <message>
        <source>Compute Savings Plan, optimum</source>
        <translation>Compute Savings Plan, 최적</translation>
    </message>
    <message>
        <source>Compute Savings Plan, conservative</source>
        <translation>Compute Savings Plan, 보수적</translation>
    </message>
    <message>
        <source>Compute Savings Plan, your choice</source>
        <translation>Compute Savings Plan, 현재 선택</translation>
    </message>
    <message>
        <source>Standard Reserved Instances</source>
        <translation>표준 예약 인스턴스</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Upfront per term</source>
        <translation>기간당 선결제</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 요금</translation>
    </message>
    <message>
        <source>Total over horizon</source>
        <translation>운영 기간 합계</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>절감액</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (권장)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>One Reserved Instance purchase: %1 count, %2 instance type</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Reserved Instances of one Region: %1 the purchases, %2 the Region</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mix of commitments</source>
        <translation>약정 조합</translation>
    </message>
    <message>
        <source>RI %1 × %2 (%3)</source>
        <extracomment>A mix&apos;s Reserved Instances: %1 count, %2 instance type, %3 Region</extracomment>
        <translation>RI %1 × %2 (%3)</translation>
    </message>
    <message>
        <source>EC2 Instance SP %1 USD/h (%2, %3)</source>
        <extracomment>A mix&apos;s EC2 Instance Savings Plan: %1 USD per hour, %2 family, %3 Region</extracomment>
        <translation>EC2 Instance SP %1 USD/시간 (%2, %3)</translation>
    </message>
    <message>
        <source>Compute SP %1 USD/h</source>
        <extracomment>A mix&apos;s Compute Savings Plan: %1 USD per hour</extracomment>
        <translation>Compute SP %1 USD/시간</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::PurchasesChart</name>
    <message>
        <source>Recommended purchases</source>
        <translation>권장 구매</translation>
    </message>
    <message>
        <source>Total over the horizon (USD)</source>
        <translation>운영 기간 전체 합계(USD)</translation>
    </message>
    <message>
        <source>Upfront per term (USD)</source>
        <translation>기간당 선결제(USD)</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (권장)</translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>권장</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>@value USD</source>
        <extracomment>Bar label: @value is replaced by the amount</extracomment>
        <translation>@value USD</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScenarioDocument</name>
    <message>
        <source>Untitled scenario</source>
        <translation>제목 없는 시나리오</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: 저장할 수 없음: %2</translation>
    </message>
    <message>
        <source>The recovery file is damaged.</source>
        <translation>복구 파일이 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::ScheduleGrid</name>
    <message>
        <source>Weekly schedule</source>
        <translation>주간 일정</translation>
    </message>
    <message>
        <source>168 hour cells; drag to paint the hours the instances run</source>
        <translation>168개의 시간 칸. 끌어서 인스턴스가 실행되는 시간을 칠하세요</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>In the grid&apos;s corner: how many of the week&apos;s 168 hours are painted</extracomment>
        <translation>%1시간</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SpotBandChart</name>
    <message>
        <source>Spot cost range (p10 to p90)</source>
        <translation>스팟 비용 범위 (p10~p90)</translation>
    </message>
    <message>
        <source>Month</source>
        <comment>axis title</comment>
        <translation>월</translation>
    </message>
    <message>
        <source>USD</source>
        <comment>axis title</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 median</source>
        <extracomment>Legend: %1 is the option&apos;s name</extracomment>
        <translation>%1 중앙값</translation>
    </message>
    <message>
        <source>Spot cost range: add a Spot option with an interruption rate</source>
        <translation>스팟 비용 범위: 중단 비율이 있는 스팟 옵션을 추가하세요</translation>
    </message>
    <message>
        <source>Spot cumulative cost percentiles (USD)</source>
        <translation>스팟 누적 비용 백분위수 (USD)</translation>
    </message>
    <message>
        <source>%1 p10-p90: %2 to %3 USD at month %4</source>
        <extracomment>Legend: %1 is the option&apos;s name; the band spans the 10th (%2) to the 90th (%3) percentile of the cumulative cost at month %4</extracomment>
        <translation>%1 p10-p90: %4개월째 %2~%3 USD</translation>
    </message>
    <message>
        <source>USD from median</source>
        <comment>axis title</comment>
        <translation>중앙값 대비 USD</translation>
    </message>
    <message>
        <source>Spot cost range: p10 to p90 around the median (right axis)</source>
        <extracomment>Title of the Spot chart when the p10-p90 band is drawn around the median on its own axis</extracomment>
        <translation>스팟 비용 범위: 중앙값 기준 p10~p90 (오른쪽 축)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StateDiagram</name>
    <message>
        <source>rebooting</source>
        <extracomment>Shown in the running state&apos;s box, in place of its code, while a reboot is under way</extracomment>
        <translation>재부팅 중</translation>
    </message>
    <message>
        <source>Instance state diagram</source>
        <translation>인스턴스 상태 다이어그램</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>instance state</comment>
        <extracomment>The state name the EC2 API returns: keep the English name, add a gloss after it</extracomment>
        <translation>pending (대기 중)</translation>
    </message>
    <message>
        <source>running</source>
        <comment>instance state</comment>
        <translation>running (실행 중)</translation>
    </message>
    <message>
        <source>shutting-down</source>
        <comment>instance state</comment>
        <translation>shutting-down (종료 중)</translation>
    </message>
    <message>
        <source>terminated</source>
        <comment>instance state</comment>
        <translation>terminated (종료됨)</translation>
    </message>
    <message>
        <source>stopping</source>
        <comment>instance state</comment>
        <translation>stopping (중지 중)</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>instance state</comment>
        <translation>stopped (중지됨)</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>arrow</comment>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>terminate</source>
        <comment>arrow</comment>
        <translation>종료</translation>
    </message>
    <message>
        <source>done</source>
        <comment>arrow</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>stop / hibernate</source>
        <comment>arrow</comment>
        <translation>중지 / 최대 절전</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>arrow</comment>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>start</source>
        <comment>arrow</comment>
        <translation>시작</translation>
    </message>
    <message>
        <source>launch failure</source>
        <comment>arrow</comment>
        <translation>시작 실패</translation>
    </message>
    <message>
        <source>Current state: %1</source>
        <translation>현재 상태: %1</translation>
    </message>
    <message>
        <source>No instance selected</source>
        <translation>선택된 인스턴스 없음</translation>
    </message>
    <message>
        <source>reboot (stays running)</source>
        <translation>재부팅 (running 유지)</translation>
    </message>
    <message>
        <source>code %1</source>
        <extracomment>%1 is the state&apos;s numeric code in the EC2 API (0 pending, 16 running, 80 stopped...)</extracomment>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Launch an instance to start the lab</source>
        <translation>인스턴스를 시작해 실습을 시작하세요</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::StorageCard</name>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Storage card</source>
        <translation>스토리지 카드</translation>
    </message>
    <message>
        <source>No volumes</source>
        <translation>볼륨 없음</translation>
    </message>
    <message>
        <source>Instance store, %1 GB</source>
        <translation>인스턴스 스토어, %1 GB</translation>
    </message>
    <message>
        <source>data kept (reboot keeps it)</source>
        <translation>데이터 유지 (재부팅은 유지함)</translation>
    </message>
    <message numerus="yes">
        <source>data lost %n time(s): stop, hibernate and terminate wipe it</source>
        <translation>
            <numerusform>데이터 %n회 손실: 중지, 최대 절전, 종료 시 지워짐</numerusform>
        </translation>
    </message>
    <message>
        <source>EBS %1, %2 GB%3</source>
        <extracomment>%1 is the volume type (gp3), %2 its size, %3 either &quot;, root&quot; or nothing</extracomment>
        <translation>EBS %1, %2 GB%3</translation>
    </message>
    <message>
        <source>, root</source>
        <translation>, 루트</translation>
    </message>
    <message>
        <source>deleted at termination</source>
        <translation>종료 시 삭제됨</translation>
    </message>
    <message>
        <source>detached, still billed</source>
        <translation>분리됨, 계속 과금</translation>
    </message>
    <message>
        <source>deleted on termination</source>
        <translation>종료 시 삭제</translation>
    </message>
    <message>
        <source>kept on termination</source>
        <translation>종료 시 유지</translation>
    </message>
    <message>
        <source>%1 USD so far</source>
        <translation>지금까지 %1 USD</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::SummaryModel</name>
    <message>
        <source>No price: %1</source>
        <extracomment>a summary row without figures: why, in place of the figures</extracomment>
        <translation>가격 없음: %1</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>추정치: %1</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>파생 가격: %1</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (추정치)</translation>
    </message>
    <message>
        <source>%1 (derived price)</source>
        <translation>%1 (파생 가격)</translation>
    </message>
    <message>
        <source>%1 uses an estimate (%2 USD): %3 · %4, %5</source>
        <extracomment>%1 the option, %2 the price value, %3 the rule, %4 the source, %5 its date</extracomment>
        <translation>%1은(는) 추정치(%2 USD)를 사용합니다: %3 · %4, %5</translation>
    </message>
    <message>
        <source>%1 uses a derived price (%2 USD): %3 · %4, %5</source>
        <translation>%1은(는) 파생 가격(%2 USD)을 사용합니다: %3 · %4, %5</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Upfront (USD)</source>
        <translation>선결제 (USD)</translation>
    </message>
    <message>
        <source>Monthly (USD)</source>
        <translation>월 (USD)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>합계 (USD)</translation>
    </message>
    <message>
        <source>Effective hourly</source>
        <translation>실효 시간당 요금</translation>
    </message>
    <message>
        <source>Savings vs On-Demand</source>
        <translation>온디맨드 대비 절감</translation>
    </message>
    <message>
        <source>Break-even month</source>
        <translation>손익분기 월</translation>
    </message>
    <message>
        <source>Break-even utilization</source>
        <translation>손익분기 사용률</translation>
    </message>
    <message>
        <source>Normalised monthly (USD)</source>
        <extracomment>A column: the AWS Pricing Calculator&apos;s normalised monthly (upfront / 12 + monthly)</extracomment>
        <translation>정규화 월 (USD)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Tooltip of a Region&apos;s total in the summary: %1 the option, %2 the Region</extracomment>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>No price</source>
        <extracomment>A Region&apos;s total column of the summary when that Region has no price for the option</extracomment>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>Total, %1 (USD)</source>
        <extracomment>Summary column of a Region compared side by side: %1 the Region&apos;s name</extracomment>
        <translation>합계, %1 (USD)</translation>
    </message>
    <message>
        <source>A commitment is owed for its whole term: the hourly fees of a term that runs on after the horizon are in the total and shown here.</source>
        <translation>약정은 전체 기간에 대해 지불 의무가 있습니다. 비교 기간이 끝난 뒤에도 이어지는 약정 기간의 시간당 요금은 합계에 포함되며 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>For a commitment: its hourly fee + upfront fee / term hours. For other options: the cost per used instance-hour.</source>
        <translation>약정: 시간당 요금 + 선결제 금액 / 약정 기간 시간 수. 그 밖의 옵션: 사용한 인스턴스 시간당 비용.</translation>
    </message>
    <message>
        <source>Committed beyond horizon (USD)</source>
        <extracomment>Summary column: the part of the total that a commitment&apos;s term still owes after the horizon</extracomment>
        <translation>비교 기간 이후 약정액 (USD)</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TimelineChart</name>
    <message>
        <source>Instance states over time</source>
        <translation>시간에 따른 인스턴스 상태</translation>
    </message>
    <message>
        <source>Simulated clock (UTC)</source>
        <translation>시뮬레이션 시각 (UTC)</translation>
    </message>
    <message>
        <source>Simulated clock from %1 UTC; transitional states use the lab&apos;s configured durations</source>
        <translation>시뮬레이션 시계는 %1 UTC부터. 전환 상태는 실습에 설정된 시간만큼 지속</translation>
    </message>
    <message>
        <source>Times are simulated seconds after %1</source>
        <translation>시각은 %1 이후 시뮬레이션 초</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::TypePicker</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>미국 동부(버지니아 북부)</translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation>아시아 태평양(서울)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Region name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Search types, e.g. m7g or memory</source>
        <translation>유형 검색, 예: m7g 또는 메모리</translation>
    </message>
    <message>
        <source>Search instance types</source>
        <translation>인스턴스 유형 검색</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>리전(&amp;G):</translation>
    </message>
    <message>
        <source>Family filter</source>
        <translation>패밀리 필터</translation>
    </message>
    <message>
        <source>≥ </source>
        <extracomment>Prefix of the minimum vCPU and minimum memory filters (&quot;≥ 4 vCPU&quot;)</extracomment>
        <translation>≥ </translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <source>Minimum vCPU</source>
        <translation>최소 vCPU</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>최소 메모리</translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation>모든 아키텍처</translation>
    </message>
    <message>
        <source>Architecture filter</source>
        <translation>아키텍처 필터</translation>
    </message>
    <message>
        <source>Current generation</source>
        <translation>현재 세대</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>모든 패밀리</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>리전 변경</translation>
    </message>
    <message>
        <source>Workload type: &lt;b&gt;%1&lt;/b&gt; in %2 · price snapshot %3</source>
        <extracomment>%1 is the instance type, %2 the region, %3 the date of the prices (or &quot;from the scenario&quot;)</extracomment>
        <translation>워크로드 유형: %2의 &lt;b&gt;%1&lt;/b&gt; · 가격 스냅샷 %3</translation>
    </message>
    <message>
        <source>from the scenario</source>
        <translation>시나리오의 가격</translation>
    </message>
    <message>
        <source>Choose instance type %1</source>
        <translation>인스턴스 유형 %1 선택</translation>
    </message>
    <message>
        <source>Choose instance type</source>
        <translation>인스턴스 유형 선택</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Price the same workloads in other Regions too, side by side</source>
        <translation>같은 워크로드를 다른 리전에서도 계산해 나란히 비교합니다</translation>
    </message>
    <message>
        <source>Compare Regions</source>
        <extracomment>Undo history entry</extracomment>
        <translation>리전 비교</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>The workload&apos;s operating system, which its prices depend on</source>
        <translation>워크로드의 운영 체제 (가격이 이에 따라 달라집니다)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux</source>
        <translation>Red Hat Enterprise Linux</translation>
    </message>
    <message>
        <source>SUSE Linux</source>
        <translation>SUSE Linux</translation>
    </message>
    <message>
        <source>Ubuntu Pro</source>
        <translation>Ubuntu Pro</translation>
    </message>
    <message>
        <source>Windows with SQL Server</source>
        <translation>SQL Server 포함 Windows</translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <extracomment>The Compare button with the number of Regions compared side by side</extracomment>
        <translation>비교 (%1)</translation>
    </message>
    <message>
        <source>Change platform</source>
        <translation>플랫폼 변경</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UpdatePricesDialog</name>
    <message>
        <source>Update prices</source>
        <translation>가격 업데이트</translation>
    </message>
    <message>
        <source>Download the current EC2 prices of the chosen regions from the AWS Price List and add them to the price catalog. ec2lab connects to the Price List only when you press Download.</source>
        <translation>선택한 리전의 최신 EC2 가격을 AWS Price List에서 내려받아 가격 카탈로그에 추가합니다. ec2lab은 [내려받기]를 눌렀을 때만 Price List에 연결합니다.</translation>
    </message>
    <message>
        <source>Prices in use</source>
        <translation>사용 중인 가격</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Regions to download</source>
        <translation>내려받을 리전</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is a region code (us-east-1), %2 its location (US East (N. Virginia))</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (in the catalog)</source>
        <translation>%1 (카탈로그에 있음)</translation>
    </message>
    <message>
        <source>Each region&apos;s EC2 offer file is large (hundreds of megabytes), so choose only the regions you need.</source>
        <translation>리전별 EC2 오퍼 파일은 수백 MB로 크므로 필요한 리전만 선택하세요.</translation>
    </message>
    <message>
        <source>Include &amp;Savings Plans rates</source>
        <translation>Savings Plans 요금 포함(&amp;S)</translation>
    </message>
    <message>
        <source>Include Savings Plans rates</source>
        <translation>Savings Plans 요금 포함</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Price List base URL</source>
        <translation>Price List 기본 URL</translation>
    </message>
    <message>
        <source>Where the price files are downloaded from. Change it only for a mirror or a test server.</source>
        <translation>가격 파일을 내려받는 주소입니다. 미러나 테스트 서버를 쓸 때만 바꾸세요.</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>기본값(&amp;D)</translation>
    </message>
    <message>
        <source>Use the default base URL</source>
        <translation>기본 URL 사용</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Press Download to start.</source>
        <translation>[내려받기]를 누르면 시작합니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>현재 파일</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>내려받기 진행률</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>받은 바이트</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Download progress: %1 bytes received of %2 in all, each already formatted (&quot;1.2 MB&quot;)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>내려받기(&amp;D)</translation>
    </message>
    <message>
        <source>Download prices</source>
        <translation>가격 내려받기</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>내려받기 취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Prices in use are as of %1.</source>
        <translation>사용 중인 가격은 %1 기준입니다.</translation>
    </message>
    <message>
        <source>(no catalog)</source>
        <translation>(카탈로그 없음)</translation>
    </message>
    <message>
        <source>Choose at least one region.</source>
        <translation>리전을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The base URL must be an http or https address, such as %1.</source>
        <translation>기본 URL은 %1처럼 http 또는 https 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Downloading the EC2 region index…</source>
        <translation>EC2 리전 인덱스를 내려받는 중…</translation>
    </message>
    <message>
        <source>Downloading the EC2 prices of %1…</source>
        <translation>%1의 EC2 가격을 내려받는 중…</translation>
    </message>
    <message>
        <source>Downloading the Savings Plans region index…</source>
        <translation>Savings Plans 리전 인덱스를 내려받는 중…</translation>
    </message>
    <message>
        <source>Downloading the Savings Plans rates of %1…</source>
        <translation>%1의 Savings Plans 요금을 내려받는 중…</translation>
    </message>
    <message>
        <source>Importing the prices of %1…</source>
        <translation>%1의 가격을 가져오는 중…</translation>
    </message>
    <message>
        <source>Saving the price catalog…</source>
        <translation>가격 카탈로그를 저장하는 중…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <source>The download was cancelled. The price catalog was not changed.</source>
        <translation>내려받기를 취소했습니다. 가격 카탈로그는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>실패.</translation>
    </message>
    <message>
        <source>Could not update prices: %1&lt;br&gt;The price catalog was not changed.</source>
        <translation>가격을 업데이트하지 못했습니다: %1&lt;br&gt;가격 카탈로그는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Loading the new prices…</source>
        <translation>새 가격을 불러오는 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n price(s) from %1 file(s). Prices are now as of &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>파일 %1개에서 가격 %n개를 가져왔습니다. 이제 가격은 &lt;b&gt;%2&lt;/b&gt; 기준입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices were saved, but the catalog could not be read back: %1&lt;br&gt;The app keeps using the prices it had.</source>
        <translation>가격은 저장했지만 카탈로그를 다시 읽지 못했습니다: %1&lt;br&gt;앱은 기존 가격을 계속 사용합니다.</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageEditor</name>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration: %1 days and %2 hours</extracomment>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Usage pattern</source>
        <translation>사용 패턴</translation>
    </message>
    <message>
        <source>Always on (24 x 7)</source>
        <translation>항상 켜짐 (24 x 7)</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>주간 일정</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Baseline plus peak</source>
        <translation>기본 + 피크</translation>
    </message>
    <message>
        <source>Lifecycle script from the lab</source>
        <translation>실습의 수명 주기 스크립트</translation>
    </message>
    <message>
        <source>Price what you did in the lifecycle lab: its instances, runs, volumes and addresses</source>
        <translation>수명 주기 실습에서 한 일을 가격으로 비교합니다: 인스턴스, 실행 구간, 볼륨, 주소</translation>
    </message>
    <message>
        <source>&amp;Usage:</source>
        <translation>사용 패턴(&amp;U):</translation>
    </message>
    <message>
        <source>Instance count</source>
        <translation>인스턴스 수</translation>
    </message>
    <message>
        <source>Instance &amp;count:</source>
        <translation>인스턴스 수(&amp;C):</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>근무 시간</translation>
    </message>
    <message>
        <source>Weekdays 24 h</source>
        <translation>평일 24시간</translation>
    </message>
    <message>
        <source>Every day 07-22</source>
        <translation>매일 07~22시</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>미리 설정: %1</translation>
    </message>
    <message>
        <source>Utilization percent</source>
        <translation>사용률 (%)</translation>
    </message>
    <message>
        <source>Utilization:</source>
        <translation>사용률:</translation>
    </message>
    <message>
        <source>Baseline instances</source>
        <translation>기본 인스턴스 수</translation>
    </message>
    <message>
        <source>Extra instances at peak</source>
        <translation>피크 시 추가 인스턴스 수</translation>
    </message>
    <message>
        <source>always on, plus</source>
        <extracomment>Between two number boxes: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation>대 항상 켜짐, 추가로</translation>
    </message>
    <message>
        <source>in the grid&apos;s hours</source>
        <extracomment>After the second number box: &quot;[2] always on, plus [3] in the grid&apos;s hours&quot;</extracomment>
        <translation>대를 격자의 시간에</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>기본:</translation>
    </message>
    <message>
        <source>Usage hint</source>
        <translation>사용 패턴 도움말</translation>
    </message>
    <message>
        <source>Change usage pattern</source>
        <translation>사용 패턴 변경</translation>
    </message>
    <message>
        <source>Paint schedule</source>
        <translation>일정 칠하기</translation>
    </message>
    <message>
        <source>Change utilization</source>
        <translation>사용률 변경</translation>
    </message>
    <message>
        <source>Change instance count</source>
        <translation>인스턴스 수 변경</translation>
    </message>
    <message>
        <source>Change baseline and peak</source>
        <translation>기본과 피크 변경</translation>
    </message>
    <message>
        <source>Lifecycle script file: %1</source>
        <translation>수명 주기 스크립트 파일: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lab script: %n instance(s) (%1), %2 from %3 UTC, %4 billed instance-hours.</source>
        <extracomment>%n instances named in %1 (i-1, i-2), running for %2 (a duration) from %3 (a date and time), billed for %4 instance-hours</extracomment>
        <translation>
            <numerusform>실습 스크립트: 인스턴스 %n개 (%1), %3 UTC부터 %2, 과금된 인스턴스 시간 %4시간.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs %1; a lab-script workload compares one instance type, so keep one type in the lab.</source>
        <extracomment>%1 lists the instance types the lab script runs (t3.micro, m5.large)</extracomment>
        <translation>실습에서 %1 유형이 실행됩니다. 실습 스크립트 워크로드는 인스턴스 유형 하나만 비교하므로 실습에서 한 유형만 쓰세요.</translation>
    </message>
    <message>
        <source>Volumes and public addresses are billed as the lab&apos;s meter billed them; each option prices the same runs.</source>
        <translation>볼륨과 퍼블릭 주소는 실습 요금 미터가 계산한 대로 청구되고, 각 옵션은 같은 실행 구간을 가격으로 매깁니다.</translation>
    </message>
    <message>
        <source>Use the lab&apos;s lifecycle script</source>
        <translation>실습의 수명 주기 스크립트 사용</translation>
    </message>
    <message>
        <source>The grid sets the peak hours.</source>
        <translation>격자가 피크 시간을 정합니다.</translation>
    </message>
    <message>
        <source>Drag on the grid to paint running hours; drag from a filled cell to erase.</source>
        <translation>격자를 끌어 실행 시간을 칠하세요. 칠해진 칸에서 끌면 지워집니다.</translation>
    </message>
    <message>
        <source>A steady share of every clock hour.</source>
        <translation>매시간 일정한 비율로 사용합니다.</translation>
    </message>
    <message>
        <source>Paint on the grid to switch to a weekly schedule.</source>
        <translation>격자에 칠하면 주간 일정으로 바뀝니다.</translation>
    </message>
    <message>
        <source>Apply schedule preset</source>
        <translation>일정 미리 설정 적용</translation>
    </message>
</context>
<context>
    <name>ec2lab::gui::UsageHeatmapChart</name>
    <message>
        <source>Usage by hour of day</source>
        <translation>시간대별 사용량</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <comment>axis title</comment>
        <translation>날짜(UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>axis title</comment>
        <translation>일</translation>
    </message>
    <message>
        <source>Hour of day (UTC)</source>
        <comment>axis title</comment>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>up to %1</source>
        <extracomment>Heat map legend: a band of instances running, %1 its upper bound</extracomment>
        <translation>%1 이하</translation>
    </message>
    <message>
        <source>Hour start (UTC)</source>
        <translation>시간 시작(UTC)</translation>
    </message>
    <message>
        <source>Instances running</source>
        <translation>실행 중인 인스턴스</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>매시간</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format</comment>
        <extracomment>The heat map&apos;s date labels, a QDateTime format (&quot;Mar 2&quot;)</extracomment>
        <translation>M월 d일</translation>
    </message>
</context>
</TS>
