"""What the gateway's codes mean, and what the user can do about them.

Three tables, from both vendor documents: STATUS (the whole request), RESULT (one number of a
send) and STAT (a delivery report). Every entry is written for a shop owner, in Chinese and in
English. A code that no table lists is shown as it came, never an exception: real gateways send
codes the documents never mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One code with its meaning and the fix a user can apply (empty when nothing is wrong)."""

    code: str
    meaning_zh: str
    meaning_en: str
    fix_zh: str
    fix_en: str
    known: bool = True

    def meaning(self, lang: str = "zh_CN") -> str:
        return self.meaning_en if lang.startswith("en") else self.meaning_zh

    def fix(self, lang: str = "zh_CN") -> str:
        return self.fix_en if lang.startswith("en") else self.fix_zh


# code -> (meaning_zh, meaning_en, fix_zh, fix_en)
_Entry = tuple[str, str, str, str]

_ASK_ADMIN_ZH = "请联系网关管理员。"
_ASK_ADMIN_EN = "Please contact the gateway administrator."
_RETRY_LATER_ZH = "请稍后再试；如果一直出现，请联系网关管理员。"
_RETRY_LATER_EN = ("Please try again later; if it keeps happening, contact the gateway "
                   "administrator.")

_STATUS: dict[int, _Entry] = {
    0: ("请求成功", "Request accepted", "", ""),
    1: ("网关看不懂这次请求（消息包格式错误）",
        "The gateway could not read the request (bad packet format)",
        "请检查网关地址是否填写正确；如果一直出现，请联系网关管理员。",
        "Check the gateway address; if it keeps happening, contact the gateway administrator."),
    2: ("网关不允许从您这台电脑所在的网络发送（IP 鉴权错误）",
        "The gateway does not accept requests from your network (IP not allowed)",
        "请让网关管理员把您的外网 IP 地址加入白名单。",
        "Ask the gateway administrator to add your public IP address to the allowed list."),
    3: ("账号或密码不正确", "Wrong account or password",
        "请检查账号和密码是否与网关管理员提供的一致。",
        "Check that the account and password are exactly the ones the gateway administrator "
        "gave you."),
    4: ("版本号错误", "Version mismatch",
        "请更新本软件；如果问题仍在，请联系网关管理员。",
        "Update this program; if the problem stays, contact the gateway administrator."),
    5: ("网关报告了其它错误", "The gateway reported another error",
        _RETRY_LATER_ZH, _RETRY_LATER_EN),
    6: ("接入方式不对：这个账号开通的不是网页接口（例如开的是 CMPP 接入）",
        "Wrong access point: this account is not set up for the web interface (e.g. it uses CMPP)",
        "请让网关管理员为这个账号开通 HTTP 接口。",
        "Ask the gateway administrator to enable the HTTP interface for this account."),
    7: ("账号已停用", "The account is disabled",
        "请联系网关管理员恢复账号。",
        "Contact the gateway administrator to enable the account again."),
    8: ("没有填写手机号码", "No phone number was given",
        "请至少填写一个手机号码。", "Enter at least one phone number."),
    9: ("没有填写短信内容", "No message text was given",
        "请填写短信内容。", "Enter the message text."),
    21: ("网关正忙（连接过多）", "The gateway is busy (too many connections)",
         "请稍等片刻再试。", "Wait a moment and try again."),
    30: ("统计日期不对：结束日期早于开始日期，或相隔超过 31 天",
         "Wrong statistics dates: the end is before the start, or they are more than 31 days "
         "apart",
         "请选择不超过 31 天的日期范围，并且结束日期不早于开始日期。",
         "Choose a range of at most 31 days whose end is not before its start."),
    31: ("查询统计太频繁", "Statistics were asked for too often",
         "统计数据大约每小时查询一次即可，请稍后再试。",
         "Statistics can be fetched about once an hour; please try again later."),
    100: ("网关内部出错（例如没有能发往该运营商的通道）",
          "Internal error of the gateway (for example no route to that carrier)",
          _ASK_ADMIN_ZH, _ASK_ADMIN_EN),
    102: ("一次提交的号码太多（建议 200 个以内）",
          "Too many numbers in one request (200 or fewer is advised)",
          "请减少每批的号码数量（建议 200 个以内）。",
          "Send fewer numbers per batch (200 or fewer is advised)."),
}

# The RESULT codes the app acts on (sending.py): the one home of these numbers.
RESULT_ACCEPTED = 0
RESULT_WRONG_EXTNO = 10
RESULT_BALANCE_TOO_LOW = 15  # pauses a campaign: top up, then resume
RESULT_SIGNATURE_NOT_REGISTERED = 17

# The fixes for 10, 15 and 17 follow the vendor's "常见错误" section.
_RESULT: dict[int, _Entry] = {
    RESULT_ACCEPTED: ("提交成功", "Accepted", "", ""),
    RESULT_WRONG_EXTNO: ("接入号（extno）错误", "Wrong sender number (extno)",
         "接入号(extno)不正确，请填写网关管理员提供的正确接入号（管理员可以在生产账号摘要中查到）。",
         "The sender number (extno) is wrong. Enter the correct sender number that the gateway "
         "administrator gave you (they can find it in the account summary)."),
    RESULT_BALANCE_TOO_LOW: ("余额不足", "Balance too low",
         "余额不足，请网关管理员为该账号充值，或将该账号设置为后付费。",
         "The balance is too low. Ask the gateway administrator to top up the account, or to "
         "switch it to post-paid."),
    RESULT_SIGNATURE_NOT_REGISTERED: ("签名无效（签名未报备）", "Signature not registered",
         "签名错误：请在短信内容中带上网关管理员已经报备的签名（例如【店名】），"
         "或请网关管理员在“客户管理->账号签名报备”中关闭该账号的签名校验。",
         "Signature error: put the signature that the gateway administrator registered (such as "
         "【Shop name】) into the message, or ask the administrator to turn off the signature "
         "check for this account."),
}

_RESEND_LATER_ZH = "可以稍后重新发送。"
_RESEND_LATER_EN = "You can send it again later."
_CHECK_NUMBER_ZH = "请检查号码是否为正确的 11 位手机号。"
_CHECK_NUMBER_EN = "Check that the number is a correct 11-digit mobile number."
_DO_NOT_SEND_ZH = "这个号码收不到短信，请不要再向它发送；如有疑问，请联系网关管理员。"
_DO_NOT_SEND_EN = ("This number cannot receive messages; stop sending to it. If in doubt, contact "
                   "the gateway administrator.")

_STAT: dict[str, _Entry] = {
    "DELIVRD": ("已送达手机", "Delivered to the phone", "", ""),
    "EXPIRED": ("超过有效期仍未送达（手机可能关机或不在服务区）",
                "Not delivered in time (the phone may be off or out of coverage)",
                _RESEND_LATER_ZH, _RESEND_LATER_EN),
    "DELETED": ("短信已被删除，未送达", "The message was deleted before delivery",
                _RESEND_LATER_ZH, _RESEND_LATER_EN),
    "REJECTED": ("短信被拒收", "The message was rejected",
                 "请检查号码和内容；如果一直出现，请联系网关管理员。",
                 "Check the number and the text; if it keeps happening, contact the gateway "
                 "administrator."),
    # Not in either vendor table, but the most common failure real carriers send.
    "UNDELIV": ("无法送达（手机关机、停机、空号或欠费等）",
                "Could not be delivered (phone off, suspended, unassigned or unpaid)",
                "请确认号码是否正确、是否还在使用；可以稍后对失败的号码重发。",
                "Check that the number is right and still in use; you can resend to failed "
                "numbers later."),
    "MA:0001": ("号码在全局黑名单中", "The number is on the global block list",
                _DO_NOT_SEND_ZH, _DO_NOT_SEND_EN),
    "MA:0002": ("短信内容不被允许", "The message text is not allowed",
                "请修改短信内容（去掉敏感词语或链接）后再发送。",
                "Change the text (remove sensitive words or links) and send again."),
    "MA:0003": ("找不到能发往这个号码的通道", "No route to this number",
                _ASK_ADMIN_ZH, _ASK_ADMIN_EN),
    "MA:0004": ("原因未知", "Unknown reason", _RETRY_LATER_ZH, _RETRY_LATER_EN),
    "MA:0005": ("号码格式错误", "Wrong number format", _CHECK_NUMBER_ZH, _CHECK_NUMBER_EN),
    "MA:0006": ("被系统拒绝", "Refused by the system", _ASK_ADMIN_ZH, _ASK_ADMIN_EN),
    "MA:0009": ("未定义的错误", "Undefined error", _RETRY_LATER_ZH, _RETRY_LATER_EN),
    "MA:0011": ("网关内部出现未知错误", "Unknown internal error of the gateway",
                _RETRY_LATER_ZH, _RETRY_LATER_EN),
    "MA:0012": ("被当作钓鱼或诈骗短信拦截", "Blocked as a suspected phishing message",
                "请去掉链接和容易被误认为诈骗的字眼后再发送。",
                "Remove links and wording that looks like a scam, then send again."),
    "MA:0013": ("网关内部通信出错（包时序错误）",
                "Internal communication error of the gateway (packet order)",
                _RESEND_LATER_ZH, _RESEND_LATER_EN),
    "MA:0014": ("号码所在的号段不被支持", "The number range is not supported",
                _CHECK_NUMBER_ZH, _CHECK_NUMBER_EN),
    "MA:0021": ("号码格式错误", "Wrong number format", _CHECK_NUMBER_ZH, _CHECK_NUMBER_EN),
    "MA:0022": ("半小时内向这个号码发送的次数太多",
                "Too many messages to this number within half an hour",
                "请过半小时后再向这个号码发送。",
                "Wait half an hour before sending to this number again."),
    "MA:0023": ("号码在您账号的黑名单中", "The number is on your account's block list",
                "如确实需要发送，请让网关管理员把它从黑名单中移除。",
                "If you really need to reach it, ask the gateway administrator to remove it from "
                "the block list."),
    "MA:0024": ("短信内容（模板）没有报备", "The message text (template) is not registered",
                "请让网关管理员报备这段内容后再发送。",
                "Ask the gateway administrator to register this text, then send again."),
    "MA:0025": ("不支持这种短信", "This kind of message is not supported",
                _ASK_ADMIN_ZH, _ASK_ADMIN_EN),
    "MA:0026": ("长短信分条发送时超时", "Timed out while sending the parts of a long message",
                "可以缩短内容，或稍后重新发送。",
                "Shorten the text, or send it again later."),
    "MA:0027": ("号码在通道黑名单中", "The number is on the carrier route's block list",
                _DO_NOT_SEND_ZH, _DO_NOT_SEND_EN),
    "MA:0028": ("号码所在号段在全局黑名单中", "The number range is on the global block list",
                _DO_NOT_SEND_ZH, _DO_NOT_SEND_EN),
    "MA:0029": ("号码所在号段在通道黑名单中",
                "The number range is on the carrier route's block list",
                _DO_NOT_SEND_ZH, _DO_NOT_SEND_EN),
    "MA:0030": ("网关直接拒绝了这条短信", "The gateway refused this message",
                _ASK_ADMIN_ZH, _ASK_ADMIN_EN),
    "MO:200": ("不支持长短信（分条短信）", "Long (multi-part) messages are not supported",
               "请把内容缩短到 70 个字以内后再发送。",
               "Shorten the text to 70 characters or fewer, then send again."),
    "MO:0254": ("转发给运营商时超时", "Timed out while passing the message to the carrier",
                _RESEND_LATER_ZH, _RESEND_LATER_EN),
    "MO:0255": ("转发给运营商时连接断开",
                "Connection lost while passing the message to the carrier",
                _RESEND_LATER_ZH, _RESEND_LATER_EN),
}

# MO:NNNN: the upstream gateway's own code; only the upstream can say what it means.
_UPSTREAM_STAT = re.compile(r"MO:[0-9]{1,8}")


def _unknown(code: str) -> CodeInfo:
    return CodeInfo(
        code=code,
        meaning_zh=f"未知状态码 {code}",
        meaning_en=f"Unknown code {code}",
        fix_zh="如果一直出现，请把这个代码告诉网关管理员。",
        fix_en="If it keeps happening, tell the gateway administrator this code.",
        known=False,
    )


def _info(code: str, entry: _Entry) -> CodeInfo:
    return CodeInfo(code, *entry)


def describe_status(code: int) -> CodeInfo:
    """The STATUS code of a whole request."""
    entry = _STATUS.get(code)
    return _info(str(code), entry) if entry else _unknown(str(code))


def describe_result(code: int) -> CodeInfo:
    """The RESULT code of one number of a send or p2p request."""
    entry = _RESULT.get(code)
    return _info(str(code), entry) if entry else _unknown(str(code))


def describe_stat(stat: str) -> CodeInfo:
    """The STAT code of a delivery report, shown as it came when no table lists it."""
    key = stat.strip().upper()
    entry = _STAT.get(key)
    if entry:
        return _info(stat, entry)
    if _UPSTREAM_STAT.fullmatch(key):
        return CodeInfo(
            code=stat,
            meaning_zh=f"上级运营商通道返回了错误 {stat}",
            meaning_en=f"The upstream carrier route returned error {stat}",
            fix_zh="具体原因需要网关管理员向上级通道询问。",
            fix_en="Only the upstream route can explain it; ask the gateway administrator.",
        )
    return _unknown(stat)


def stat_outcome(stat: str) -> Literal["delivered", "failed"]:
    """DELIVRD is delivered; every other code, known or not, is a failure."""
    return "delivered" if stat.strip().upper() == "DELIVRD" else "failed"


def status_codes() -> tuple[int, ...]:
    """Every STATUS code the tables know."""
    return tuple(_STATUS)


def result_codes() -> tuple[int, ...]:
    """Every RESULT code the tables know."""
    return tuple(_RESULT)


def stat_codes() -> tuple[str, ...]:
    """Every STAT code the tables list by name (MO:NNNN is a pattern, not listed)."""
    return tuple(_STAT)
