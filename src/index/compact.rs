//! `search compact`: fewer, larger segments, and the space of replaced paragraphs reclaimed.
//!
//! `search index` merges only small segments, to keep its time and memory low, so a large index
//! is left with many segments (16 at 1 GB of news) and every query opens each one: at 1 GB a
//! rare phrase took 13.1 ms on 16 segments and 10.2 ms on 8. Compaction packs the segments
//! into as few as fit under a size limit and merges each group, one merge at a time, so that
//! no more than one group's files are mapped at once whatever the size of the index.
use anyhow::{Context, Result};
use tantivy::index::SegmentId;
use tantivy::indexer::NoMergePolicy;

use super::SearchIndex;

/// The most paragraphs compaction puts in one segment (~130 MB of index for news paragraphs).
const COMPACT_SEGMENT_DOCS: u64 = 300_000;

/// What a compaction did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compaction {
    pub segments_before: usize,
    pub segments_after: usize,
    pub merges: usize,
    /// Deleted or replaced paragraphs whose space was reclaimed.
    pub purged: u64,
}

impl SearchIndex {
    /// Merges the segments into as few as fit `COMPACT_SEGMENT_DOCS` paragraphs each; `each`
    /// hears of every merge before it starts (its number, how many, how many segments in it).
    pub fn compact(&self, mut each: impl FnMut(usize, usize, usize)) -> Result<Compaction> {
        // No indexing happens: the smallest budget tantivy accepts, one thread.
        const NO_INDEXING_BUDGET: usize = 15_000_000;
        let mut writer = self.tantivy_writer(1, NO_INDEXING_BUDGET)?;
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let (count, groups) = self.compaction_groups()?;
        let mut done = Compaction {
            segments_before: count,
            segments_after: count,
            merges: 0,
            purged: 0,
        };
        for (at, group) in groups.iter().enumerate() {
            each(at + 1, groups.len(), group.len());
            let ids: Vec<SegmentId> = group.iter().map(|s| s.id).collect();
            writer
                .merge(&ids)
                .wait()
                .context("merging index segments")?;
            done.merges += 1;
            done.segments_after = done.segments_after + 1 - group.len();
            done.purged += group.iter().map(|s| s.deleted).sum::<u64>();
        }
        writer
            .garbage_collect_files()
            .wait()
            .context("removing merged segments' files")?;
        writer
            .wait_merging_threads()
            .context("merging index segments")?;
        Ok(done)
    }

    /// How many segments the index has, and how many `compact` would leave.
    pub fn compaction_outlook(&self) -> Result<(usize, usize)> {
        let (count, groups) = self.compaction_groups()?;
        let merged: usize = groups.iter().map(Vec::len).sum();
        Ok((count, count - merged + groups.len()))
    }

    /// The segment count, and the merges `compact` makes.
    fn compaction_groups(&self) -> Result<(usize, Vec<Vec<Segment>>)> {
        let metas = self
            .index
            .searchable_segment_metas()
            .context("reading the index's segments")?;
        let sizes: Vec<Segment> = metas
            .iter()
            .map(|m| Segment {
                id: m.id(),
                alive: u64::from(m.num_docs()),
                deleted: u64::from(m.num_deleted_docs()),
            })
            .collect();
        // A live `SegmentMeta` keeps its segment's files from tantivy's garbage collection.
        drop(metas);
        Ok((sizes.len(), groups(&sizes, COMPACT_SEGMENT_DOCS)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    id: SegmentId,
    alive: u64,
    deleted: u64,
}

/// The merges to make: segments packed, largest first, into the first group with room for
/// them (at most `limit` live paragraphs a group). A group of one is kept only if merging it
/// reclaims deleted paragraphs; a segment already over the limit stays as it is.
fn groups(segments: &[Segment], limit: u64) -> Vec<Vec<Segment>> {
    let mut sorted = segments.to_vec();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.alive));
    let mut bins: Vec<(u64, Vec<Segment>)> = Vec::new();
    for segment in sorted {
        match bins
            .iter_mut()
            .find(|(total, _)| total + segment.alive <= limit)
        {
            Some((total, bin)) => {
                *total += segment.alive;
                bin.push(segment);
            }
            None => bins.push((segment.alive, vec![segment])),
        }
    }
    bins.into_iter()
        .map(|(_, bin)| bin)
        .filter(|bin| bin.len() > 1 || bin.iter().any(|s| s.deleted > 0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(sizes: &[(u64, u64)]) -> Vec<Segment> {
        sizes
            .iter()
            .map(|&(alive, deleted)| Segment {
                id: SegmentId::generate_random(),
                alive,
                deleted,
            })
            .collect()
    }

    fn shapes(groups: &[Vec<Segment>]) -> Vec<Vec<u64>> {
        groups
            .iter()
            .map(|g| g.iter().map(|s| s.alive).collect())
            .collect()
    }

    #[test]
    fn segments_are_packed_under_the_limit_largest_first() {
        let sizes = segments(&[(120, 0), (160, 0), (50, 0), (150, 0), (140, 0), (60, 0)]);
        let groups = groups(&sizes, 300);
        assert_eq!(
            shapes(&groups),
            [vec![160, 140], vec![150, 120], vec![60, 50]]
        );
        for group in &groups {
            assert!(group.iter().map(|s| s.alive).sum::<u64>() <= 300);
        }
    }

    #[test]
    fn a_lone_segment_is_merged_only_to_reclaim_deletes() {
        let sizes = segments(&[(400, 0), (290, 0), (280, 5), (10, 0)]);
        assert_eq!(shapes(&groups(&sizes, 300)), [vec![290, 10], vec![280]]);
        assert!(groups(&segments(&[(100, 0)]), 300).is_empty());
        assert!(groups(&[], 300).is_empty());
    }
}
