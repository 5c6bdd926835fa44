namespace MndCare.Application.Demo;

/// <summary>Name parts for synthetic patients; invented combinations, not real people.</summary>
internal static class DemoNames
{
    public static readonly (string Hanzi, string Pinyin)[] Surnames =
    [
        ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
        ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
        ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
        ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"),
    ];

    public static readonly (string Hanzi, string Pinyin)[] GivenNames =
    [
        ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"),
        ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("娟", "Juan"),
        ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"), ("霞", "Xia"), ("平", "Ping"),
        ("刚", "Gang"), ("桂英", "Guiying"), ("建华", "Jianhua"), ("海燕", "Haiyan"), ("志强", "Zhiqiang"),
        ("晓东", "Xiaodong"), ("文博", "Wenbo"), ("雪梅", "Xuemei"), ("国庆", "Guoqing"), ("玉兰", "Yulan"),
    ];

    public static readonly string[] EnglishGivenNames =
    [
        "Alice", "Brian", "Catherine", "David", "Eleanor", "Frank", "Grace", "Henry", "Isabel", "James", "Karen",
        "Liam", "Margaret", "Nathan", "Olivia", "Peter", "Rachel", "Samuel", "Teresa", "William",
    ];

    public static readonly string[] EnglishSurnames =
    [
        "Anderson", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Graham", "Hughes", "Irving", "Jenkins",
        "Kennedy", "Lawson", "Morgan", "Nolan", "Owens", "Parker", "Reid", "Stewart", "Turner", "Walsh",
    ];
}
