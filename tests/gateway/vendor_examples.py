"""The JSON examples of both vendor documents, as they are printed there (bytes, UTF-8).

2017 = gateway-api-zh.md (2017-10-28), 2021 = gateway-api-2021-zh.txt (2021-02-24).
"""

from __future__ import annotations

SEND_2017 = b"""{
  "status": "0",
  "balance": -153278040,
  "list": [
    {
      "mid": "4C2CA88382720003",
      "mobile": "18983437010",
      "result": 0
    },
    {
    "mid": "4C2CA88382720004",
    "mobile": "18983437011",
    "result": 0
  }
]
}"""

P2P_2017 = b"""{
  "status": "0",
  "balance": -153278280,
  "list": [
    {"mid": "4C372C4382720007", "mobile": "13800000001", "result": 0},
    {"mid": "4C372C4382720008", "mobile": "13800000002", "result": 0},
    {"mid": "4C372C4382720009", "mobile": "13800000003", "result": 0},
    {"mid": "4C372C438272000A", "mobile": "13800000004", "result": 0}
  ]
}"""

OVERAGE_2017 = b'{"status":0,"balance":-153278040,"chargeType":"POSTCHARGE"}'

REPORT_2017 = b"""{
  "status": "0",
  "balance": -153278040,
  "list": [
    {
      "flag": 1,
      "mid": "4C36654382720005",
      "spid": "922011",
      "accessCode": "106901234",
      "mobile": "18983437010",
      "stat": "MA:0029",
      "time": "2017-04-12 01:38:21"
    },
    {
      "flag": 1,
      "mid": "4C36654382720006",
      "spid": "922011",
      "accessCode": "106901234",
      "mobile": "18983437011",
      "stat": "MA:0029",
      "time": "2017-04-12 01:38:21"
    }
  ]
}"""

# The 2017 mo example holds a flag 1 item (a report) beside the inbound message.
MO_2017 = """{
"status": "0",
"balance": -153278040,
"list": [
  {
    "flag": 0,
    "mid": "4C36654382720005",
    "spid": "922011",
    "mobile": "18983437010",
    "content": "上行内容",
    "time": "2017-04-12 01:38:21"
  },
  {
    "flag": 1,
    "mid": "4C36654382720006",
    "spid": "922011",
    "mobile": "18983437011",
    "stat": "测试内容",
    "time": "2017-04-12 01:38:21"
  }
]
}""".encode()

PUSH_2017 = """[
  {
    "flag": 0,
    "mid": "4C36654382720005",
    "spid": "922011",
    "mobile": "18983437010",
    "content": "上行内容",
    "time": "2017-04-12 01:38:21"
  },
  {
    "flag": 1,
    "mid": "4C36654382720006",
    "spid": "922011",
    "mobile": "18983437011",
    "stat": "DELIVRD",
    "time": "2017-04-12 01:38:21"
  }
]""".encode()

SEND_2021 = b"""{
    "status": "0",
    "balance": -153278040,
    "list": [
        {
            "mid": "4C2CA88382720003",
            "mobile": "15100000000",
            "result": 0
        },
        {
            "mid": "4C2CA88382720004",
            "mobile": "15100000001",
            "result": 0
        }
    ]
}"""

P2P_2021 = b"""{
    "status": "0",
    "balance": -153278280,
    "list": [
        {
            "mid": "4C372C4382720007",
            "mobile": "13800000001",
            "result": 0
        },
        {
            "mid": "4C372C4382720008",
            "mobile": "13800000002",
            "result": 0
        }
    ]
}"""

BALANCE_2021 = b'{"status":0,"balance":-153278040,"chargeType":"POSTCHARGE"}'

REPORT_2021 = b"""{
    "status": "0",
    "balance": -153278040,
    "list": [
        {
            "flag": 1,
            "mid": "4C36654382720005",
            "spid": "922011",
            "accessCode": "106901234",
            "mobile": "15100000000",
            "stat": "MA:0029",
            "time": "2017-04-12 01:38:21"
        },
        {
            "flag": 1,
            "mid": "4C36654382720006",
            "spid": "922011",
            "accessCode": "106901234",
            "mobile": "15100000001",
            "stat": "MA:0029",
            "time": "2017-04-12 01:38:21"
        }
    ]
}"""

EMPTY_LIST_2021 = b"""{
    "status": "0",
    "balance": -153278040,
    "list": []
}"""

MO_2021 = """{
    "status": "0",
    "balance": -153278040,
    "list": [
        {
            "flag": 0,
            "mid": "4C36654382720005",
            "spid": "922011",
            "accessCode": "10690",
            "mobile": "15100000000",
            "content": "上行内容1",
            "time": "2017-04-12 01:38:21"
        },
        {
            "flag": 0,
            "mid": "4C36654382720006",
            "spid": "922011",
"accessCode": "10690",
            "mobile": "15100000001",
            "content": "上行内容2",
            "time": "2017-04-12 01:38:21"
        }
    ]
}""".encode()

PUSH_2021 = """[
        {
            "flag": 0,
            "mid": "4C36654382720005",
            "spid": "922011",
"accessCode": "10690",
            "mobile": "15100000000",
            "content": "上行内容",
            "time": "2017-04-12 01:38:21"
        },
        {
            "flag": 1,
            "mid": "4C36654382720006",
            "spid": "922011",
"accessCode": "10690",
            "mobile": "15100000001",
            "stat": "DELIVRD",
            "time": "2017-04-12 01:38:21"
        }
]""".encode()

STATIS_2021 = (
    b'{    "status":0,    "balance":-400,    "list":[        {            '
    b'"statisTIme":"20210222",            "total":10,            "success":0,            '
    b'"unknown":0,            "fail":10,            "successRate":0.0        },        {'
    b'            "statisTIme":"20210224",            "total":9,            "success":1,'
    b'            "unknown":0,            "fail":8,            "successRate":11.11        }'
    b'    ]}'
)

RESPONSE_EXAMPLES = {
    "send_2017": SEND_2017, "p2p_2017": P2P_2017, "send_2021": SEND_2021,
    "p2p_2021": P2P_2021, "overage_2017": OVERAGE_2017, "balance_2021": BALANCE_2021,
    "report_2017": REPORT_2017, "report_2021": REPORT_2021, "mo_2017": MO_2017,
    "mo_2021": MO_2021, "empty_2021": EMPTY_LIST_2021, "statis_2021": STATIS_2021,
}
PUSH_EXAMPLES = {"push_2017": PUSH_2017, "push_2021": PUSH_2021}
