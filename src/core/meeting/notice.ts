/** A meeting notice as a form fills it and `huiwu draft notice` reads it. Dates: `2026-12-03` or `2026-12-03T09:00`. */
export interface Notice {
  issuer?: string;
  docNumber?: string;
  title?: string;
  recipients?: string;
  name?: string;
  purpose?: string;
  start?: string;
  end?: string;
  checkIn?: string;
  place?: string;
  attendees?: string;
  agenda?: string[];
  requirements?: string[];
  replyDeadline?: string;
  contacts?: { name: string; phone: string }[];
  attachments?: string[];
  /** 附回执: the 回执 form goes with the notice as its last attachment (a table the replies reader reads back). */
  withReplyForm?: boolean;
  /** 信函格式 (GB/T 9704 10.1) chosen by the user; without it a 函's 发文字号 (…函〔2026〕45号) still makes a letter. */
  letter?: boolean;
  issueDate?: string;
  /** 份号: six digits on the first line, required of a 涉密 document (GB/T 9704 7.2.1). */
  copyNumber?: string;
  classification?: string;
  urgency?: string;
  channels?: string[];
  copyTo?: string;
  printedBy?: string;
  printDate?: string;
  note?: string;
}

/** 会议纪要 as a form fills it and `huiwu draft minutes` reads it. */
export interface Minutes {
  issuer?: string;
  title?: string;
  number?: string;
  meetingName?: string;
  start?: string;
  place?: string;
  chair?: string;
  recorder?: string;
  summary?: string;
  decisions?: { text: string; owner?: string; deadline?: string }[];
  present?: string[];
  leave?: string[];
  attending?: string[];
  distribution?: string;
  issueDate?: string;
}
