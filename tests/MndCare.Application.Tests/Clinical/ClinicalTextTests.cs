using System.Globalization;
using System.Text.RegularExpressions;
using MndCare.Application.Assessments;
using MndCare.Application.Clinical;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Explanations;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;

namespace MndCare.Application.Tests.Clinical;

// Issue 7: every clinical code, reason, note and assessment error has an English (reference) and a Simplified Chinese text
// in one catalogue, used by the pages and by the consultation report.
public sealed partial class ClinicalTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly ClinicalText En = ClinicalText.For(English);
    private static readonly ClinicalText Zh = ClinicalText.For(Chinese);

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Hanzi();

    // Enumerates every enum value and reason code (ClinicalText.Keys) and fails on one without both texts.
    [Fact]
    public void EveryCode_HasAnEnglishAndAChineseText()
    {
        var keys = ClinicalText.Keys().ToList();

        var withoutEnglish = keys.Where(k => !ClinicalText.HasOwnText(k, English)).ToList();
        var withoutChinese = keys.Where(k => !ClinicalText.HasOwnText(k, Chinese)).ToList();

        Assert.True(keys.Count > 150, "the enumeration found too few codes");
        Assert.Empty(withoutEnglish);
        Assert.Empty(withoutChinese);
    }

    [Fact]
    public void EveryCode_HasTheSamePlaceholdersInBothLanguages_AndChineseWords()
    {
        foreach (var key in ClinicalText.Keys())
        {
            var (en, zh) = (En.Find(key)!, Zh.Find(key)!);
            Assert.True(Placeholder().Matches(en).Select(m => m.Value).Order().SequenceEqual(Placeholder().Matches(zh).Select(m => m.Value).Order()), key);
            if (key.StartsWith("reason.", StringComparison.Ordinal) || key.StartsWith("missingPredictor.", StringComparison.Ordinal))
            {
                Assert.True(Hanzi().IsMatch(zh), key + " has no Chinese words: " + zh);
            }
        }
    }

    // English is the reference text: it reads as the domain's sentences did before reasons became codes.
    public static TheoryData<ClinicalReason, string, string> References() => new()
    {
        {
            new(ReasonCodes.ElEscorialDefinite, ReasonValue.Regions(0b1011)),
            "UMN and LMN signs together in 3 regions (bulbar, cervical, lumbosacral): definite.",
            "3 个区域（延髓、颈段、腰骶段）同时存在上、下运动神经元体征：确诊。"
        },
        {
            new(ReasonCodes.ElEscorialProbable, ReasonValue.Regions(0b0001), ReasonValue.Regions(0b1010)),
            "UMN signs in 1 region (bulbar) and LMN signs in 2 regions (cervical, lumbosacral), some UMN signs rostral to LMN signs: probable.",
            "上运动神经元体征见于1 个区域（延髓），下运动神经元体征见于2 个区域（颈段、腰骶段），部分上运动神经元体征位于下运动神经元体征的头侧：拟诊。"
        },
        {
            new(ReasonCodes.KingsLowerLimb, ReasonValue.Whole(3)),
            "Lower limb involved (item 8: 3).",
            "下肢受累（第 8 项：3）。"
        },
        {
            new(ReasonCodes.PhenotypePma, ReasonValue.Regions(0)),
            "LMN signs only, in no region: progressive muscular atrophy.",
            "仅有下运动神经元表现，见于无任何区域：进行性肌萎缩。"
        },
        {
            KingsStaging.UnmappedRegionNote,
            "No mapped region is involved (symptoms only in items the King's mapping does not use); reported as stage 1.",
            "没有映射区域受累（症状仅见于 King's 映射不使用的条目）；记为 1 期。"
        },
        { CaseEvaluator.HankinsonExtrapolatedNote, "FVC predicted by Hankinson 1999 is extrapolated outside ages 8-80", "年龄在 8–80 岁之外，Hankinson 1999 的 FVC 预计值为外推结果" },
        { EncalsModel.MedianBeyondSearchNote, "median beyond 1200 months", "中位时间超过 1200 个月" },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Reason_RendersInBothLanguages(ClinicalReason reason, string english, string chinese)
    {
        Assert.Equal(english, En.Render(reason));
        Assert.Equal(chinese, Zh.Render(reason));
    }

    [Fact]
    public void Codes_RenderAsWords()
    {
        Assert.Equal(("ALS", "肌萎缩侧索硬化（ALS）"), (En.Phenotype("als"), Zh.Phenotype("als")));
        Assert.Equal(("Probable, laboratory-supported", "实验室支持拟诊"), (En.Category("probableLabSupported"), Zh.Category("probableLabSupported")));
        Assert.Equal(("slow", "慢"), (En.ProgressionGroup("slow"), Zh.ProgressionGroup("slow")));
        Assert.Equal(("Upper limb", "上肢"), (En.OnsetSite("upperLimb"), Zh.OnsetSite("upperLimb")));
        Assert.Equal(("Not known", "未知"), (En.Answer(YesNoNotKnown.NotKnown), Zh.Answer(YesNoNotKnown.NotKnown)));
        Assert.Equal("—", Zh.Phenotype(null));
    }

    [Fact]
    public void MissingInput_NamesTheInputAndTheOutputsInTheReadersLanguage()
    {
        var error = new MissingInputError(CaseFields.OnsetDate, [CaseOutputs.DeltaFs, CaseOutputs.Pls]);

        Assert.Equal("onsetDate is missing; needed for deltaFs, pls.", error.Message); // the batch contract's message is unchanged
        Assert.Equal("Onset date is not recorded; it is needed for ΔFS, the PLS criteria.", En.Render(error));
        Assert.Equal("未记录起病日期；计算ΔFS、PLS 标准需要此项。", Zh.Render(error));
        Assert.Equal("Case id is not recorded.", En.Render(new MissingInputError(CaseFields.Id, [])));
    }

    // Decision 13: each missing predictor is named, both when both are not known.
    [Fact]
    public void EncalsNotEstimated_NamesEachMissingPredictor()
    {
        var errors = EncalsPredictors.Create(60, 12, 0.5, 90, false, false, null, null).Errors;

        Assert.Equal("Not estimated: FTD status not known; C9orf72 status not known.", En.EncalsNotEstimated(errors));
        Assert.Equal("未估计：额颞叶痴呆（FTD）状态未知；C9orf72 状态未知。", Zh.EncalsNotEstimated(errors));
        Assert.Null(En.EncalsNotEstimated([new ValidationError("heightCm", "outOfRange", "x")]));
    }

    [Fact]
    public void OtherErrors_HaveATextInBothLanguages_NeverTheDevelopersMessage()
    {
        Error[] errors =
        [
            new ValidationError("onsetDate", ProgressionRate.OnsetNotBeforeAssessment, "developer text"),
            new ValidationError("heightCm", "outOfRange", "developer text"),
            new ValidationError("somethingNew", "someNewCode", "developer text"),
        ];

        Assert.All(errors, e => Assert.DoesNotContain("developer", En.Render(e), StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Matches(Hanzi(), Zh.Render(e)));
    }

    // Every reason the criteria and stagings produce renders in both languages (all values filled in).
    [Fact]
    public void EveryReasonTheDomainProduces_Renders()
    {
        var reasons = new HashSet<ClinicalReason>();
        // Every combination of the four findings in the four regions, at four durations, complete or not (Decision 6).
        for (var variant = 0; variant < 8; variant++)
        {
            double? months = (variant % 4) switch { 0 => null, 1 => 6, 2 => 30, _ => 60 };
            double? age = variant < 4 ? 60 : variant == 5 ? null : 20;
            for (var bits = 0; bits < 1 << 16; bits++)
            {
                RegionFindings Region(int r) => new((bits >> (4 * r) & 1) != 0, (bits >> (4 * r) & 2) != 0, (bits >> (4 * r) & 4) != 0, (bits >> (4 * r) & 8) != 0);
                var findings = Findings.Create([Region(0), Region(1), Region(2), Region(3)], variant is < 4 or 4, variant is < 4 or 5);
                reasons.UnionWith(RevisedElEscorial.Classify(findings).Reasons);
                reasons.UnionWith(Awaji.Classify(findings).Reasons);
                reasons.UnionWith(GoldCoast.Classify(findings).Reasons);
                reasons.UnionWith(PlsCriteria.Classify(findings, age, months / 12).Reasons);
                reasons.UnionWith(PhenotypeClassifier.Classify(findings, months).Reasons);
            }
        }
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var gastrostomy = random.Next(3) == 0;
            var items = AlsfrsR.ItemNames.All.Where(n => n != (gastrostomy ? AlsfrsR.ItemNames.CuttingWithoutGastrostomy : AlsfrsR.ItemNames.CuttingWithGastrostomy))
                .ToDictionary(n => n, _ => (int?)random.Next(0, 5));
            var alsfrs = AlsfrsR.Create(items).Value;
            reasons.UnionWith(KingsStaging.Stage(alsfrs).Reasons);
            reasons.UnionWith(MitosStaging.Stage(alsfrs).Reasons);
        }

        Assert.Equal(ReasonCodes.All.Except([ReasonCodes.KingsDeceased, ReasonCodes.KingsNoMappedRegion, ReasonCodes.MitosDeceased, ReasonCodes.FvcHankinsonExtrapolated,
            ReasonCodes.EncalsMedianBeyondSearch, ReasonCodes.EncalsMedianBelowSearch, ReasonCodes.D50OnsetUnknown, ReasonCodes.D50TooFewVisits,
            ReasonCodes.D50NotEstimable]).Order(), reasons.Select(r => r.Code).Distinct().Order());
        Assert.All(reasons, r => Assert.DoesNotContain("{", En.Render(r) + Zh.Render(r), StringComparison.Ordinal));
    }
}
