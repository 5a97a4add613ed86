/** Every user-visible string of the pane, in Simplified Chinese. */
export const S = {
  appName: "会务助手",
  loading: "正在启动会务助手…",
  modes: {
    excel: "Excel：核对登记表",
    word: "Word：起草与检查公文",
    file: "文件模式（未在 Office 中打开）",
  },
  excel: {
    intro: "检查本工作簿中的签到表、参会名单、通知签收登记表、收文登记表和印章使用登记表。",
  },
  word: {
    intro: "按 GB/T 9704 起草会议通知和会议纪要，并检查文档中已有的通知或纪要。",
  },
  file: {
    intro: "在浏览器中直接检查 .xlsx 登记表和 .docx 通知、纪要。文件只在本机处理，不会上传。",
  },
  privacy: "所有内容只在本机处理，不联网，不收集任何数据。",
} as const;
