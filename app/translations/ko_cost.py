# Korean translations of the cost comparison's strings (usage editor, type picker, summary,
# charts), applied to ec2lab_ko.ts by app/translations/update.sh with ko.py and the other
# ko_*.py files.
KO = {
    # Usage: the lab's lifecycle script.
    "Lifecycle script from the lab": "실습의 수명 주기 스크립트",
    "Price what you did in the lifecycle lab: its instances, runs, volumes and addresses":
        "수명 주기 실습에서 한 일을 가격으로 비교합니다: 인스턴스, 실행 구간, 볼륨, 주소",
    "Usage hint": "사용 패턴 도움말",
    "Use the lab's lifecycle script": "실습의 수명 주기 스크립트 사용",
    "Lifecycle script file: %1": "수명 주기 스크립트 파일: %1",
    "Lab script: %n instance(s) (%1), %2 from %3 UTC, %4 billed instance-hours.":
        "실습 스크립트: 인스턴스 %n개 (%1), %3 UTC부터 %2, 과금된 인스턴스 시간 %4시간.",
    "It runs %1; a lab-script workload compares one instance type, so keep one type in the lab.":
        "실습에서 %1 유형이 실행됩니다. 실습 스크립트 워크로드는 인스턴스 유형 하나만 비교하므로 실습에서 한 유형만 쓰세요.",
    "Volumes and public addresses are billed as the lab's meter billed them; each option prices the same runs.":
        "볼륨과 퍼블릭 주소는 실습 요금 미터가 계산한 대로 청구되고, 각 옵션은 같은 실행 구간을 가격으로 매깁니다.",
    "This scenario has no lab script: run something in the lifecycle lab first.":
        "이 시나리오에는 실습 스크립트가 없습니다. 먼저 수명 주기 실습에서 무언가를 실행하세요.",
    "%1 d %2 h": "%1일 %2시간",
    "%1 h %2 min": "%1시간 %2분",
    "%1 min %2 s": "%1분 %2초",
    # Type picker: types without specs, and the price column's date.
    "unknown": "알 수 없음",
    "The price source gives no specs for %1: vCPU and memory are unknown.":
        "가격 출처에 %1의 사양이 없어 vCPU와 메모리를 알 수 없습니다.",
    "Derived from the family name (%1): the price source gives no category for this type.":
        "패밀리 이름(%1)에서 정한 범주입니다. 가격 출처에 이 유형의 범주가 없습니다.",
    "The price source gives no category for this type, and its family name is not one of AWS's five groups.":
        "가격 출처에 이 유형의 범주가 없고, 패밀리 이름도 AWS의 다섯 범주에 속하지 않습니다.",
    "Linux On-Demand, shared tenancy: no price catalog is loaded":
        "Linux 온디맨드, 공유 테넌시: 가격 카탈로그가 없습니다",
    "Linux On-Demand, shared tenancy, prices as of %1": "Linux 온디맨드, 공유 테넌시, %1 기준 가격",
    # Summary and charts.
    "%1 · USD, taxes excluded": "%1 · USD, 세금 제외",
    "Price snapshot of the summary": "요약 표의 가격 기준일",
    "break-even month %1": "손익분기 %1개월",
}
