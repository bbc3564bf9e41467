# Korean translations of the lifecycle lab's and the main window's strings (applied to
# ec2lab_ko.ts by app/translations/update.sh together with ko.py and the other ko_*.py files).
KO = {
    # Main window: the language now switches at once.
    "&Language:": "언어(&L):",
    "Language changed": "언어를 바꿨습니다",
    # Lab: where a price comes from.
    "%1 USD/h": "%1 USD/시간",
    "Price: %1 from the price catalog (%2, as of %3).": "가격: %1, 가격 카탈로그에서 가져옴 (%2, %3 기준).",
    "Price: %1, set in the lab script (not a catalog price).": "가격: %1, 실습 스크립트에 적힌 가격 (카탈로그 가격 아님).",
    "Public IPv4: %1 USD/h, the AWS rate since 2024-02-01.": "퍼블릭 IPv4: %1 USD/시간, 2024-02-01부터 적용된 AWS 요금.",
    "Price and its source": "가격과 출처",
    "Source of the price": "가격 출처",
    "On-Demand price from the price catalog: %1, as of %2.": "가격 카탈로그의 온디맨드 가격: %1, %2 기준.",
    "Spot: this price is saved in the lab script (the catalog only has On-Demand prices here).":
        "스팟: 이 가격은 실습 스크립트에 저장됩니다 (여기서는 카탈로그에 온디맨드 가격만 있습니다).",
    "Not in the price catalog for this image and region: built-in classroom price (Linux On-Demand, us-east-1); it is saved in the lab script. Edit it for another platform.":
        "이 AMI와 리전의 가격은 가격 카탈로그에 없어 내장된 수업용 가격(Linux 온디맨드, us-east-1)을 씁니다. 이 가격은 실습 스크립트에 저장됩니다. 다른 플랫폼이면 가격을 고치세요.",
    "Your price: it is saved in the lab script.": "직접 입력한 가격: 실습 스크립트에 저장됩니다.",
    # Lab: the timeline and log can be hidden on short screens.
    "Ctrl+J": "Ctrl+J",
    "Show or hide the timeline and the event log (Ctrl+J)": "타임라인과 이벤트 로그 보이기/숨기기 (Ctrl+J)",
    "Show the timeline and the event log": "타임라인과 이벤트 로그 보이기",
    # Lessons.
    "Load the lesson into the lab and show its first step": "학습을 실습에 불러오고 첫 단계를 보여 줍니다",
}
